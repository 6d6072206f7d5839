#!/usr/bin/env python3
"""Checks for blind evaluation set b135 (posts.jsonl + council.toml). Prints OK."""
import json
import re
import sys
import datetime as dt
from collections import Counter
from pathlib import Path

try:
    import tomllib
except ImportError:  # pragma: no cover
    tomllib = None

HERE = Path(__file__).resolve().parent
SET = "B135"
ERR = []


def err(msg):
    ERR.append(msg)


# ---------------------------------------------------------------- rule catalogue
BUILTIN_SEV = {
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
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}


def find_rules_md():
    for d in [HERE] + list(HERE.parents):
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            return p
    return None


def load_rules():
    p = find_rules_md()
    if p is None:
        return dict(BUILTIN_SEV), "built-in copy"
    sev = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        levels = re.findall(r"\b(advice|review|block)\b", cells[-1])
        if levels:
            sev[cells[0]] = (levels[0], max(levels, key=RANK.get))
        else:  # e.g. "same as the amplified rule, one level lower"
            sev[cells[0]] = ("advice", "block")
    if not sev:
        return dict(BUILTIN_SEV), "built-in copy"
    return sev, "RULES.md"


SEV, SEV_SRC = load_rules()

# ---------------------------------------------------------------- council
council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
people = council["people"]
handles = people["handles"]
councillors = people["councillors"]
cllr_handles = {h for h, n in handles.items() if n in councillors}
if council["council"].get("timezone") != "Europe/London":
    err("council timezone")
for n in councillors:
    if n not in handles.values():
        err("councillor without handle: %s" % n)

SHORT = {"Deborah Quayle": ["Deb"], "Oliver Cattermole": ["Ollie"],
         "Bernadette Foy": ["Bernie"], "Kasia Wróbel": ["Wrobel"]}


def names_in(text):
    found = set()
    for n in councillors:
        first, last = n.split(" ", 1)
        words = [n, first, last] + SHORT.get(n, [])
        if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text) for w in words):
            found.add(n)
        if any(re.search(re.escape(h) + r"\b", text, re.I) for h, hn in handles.items() if hn == n):
            found.add(n)
    return found


# ---------------------------------------------------------------- posts
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
       "family", "kind_of_row", "note"]
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARS = ["race", "religion or belief", "disability", "age", "sex", "sexual orientation",
         "gender reassignment", "pregnancy and maternity", "marriage and civil partnership"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

rows = []
for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err("line %d does not parse: %s" % (i, e))
by_id = {}
for r in rows:
    for f in REQ:
        if f not in r:
            err("%s: missing field %s" % (r.get("id"), f))
    rid = r.get("id", "")
    if not re.fullmatch(SET + r"-\d{4}", rid):
        err("bad id %r" % rid)
    if rid in by_id:
        err("duplicate id %s" % rid)
    by_id[rid] = r
ids_sorted = sorted(by_id)
if ids_sorted != ["%s-%04d" % (SET, i) for i in range(1, len(ids_sorted) + 1)]:
    err("ids are not %s-0001..%s-%04d" % (SET, SET, len(ids_sorted)))

for r in rows:
    rid, text, e = r["id"], r["text"], r["expect"]
    if not isinstance(text, str) or not text.strip():
        err("%s: empty text" % rid)
    if r["author"] not in cllr_handles:
        err("%s: author %s is not a councillor handle in council.toml" % (rid, r["author"]))
    if r["platform"] not in ("x", "facebook", "bluesky"):
        err("%s: platform %s" % (rid, r["platform"]))
    if r["account"] != "councillor" or r["kind"] != "post":
        err("%s: account/kind" % rid)
    m = re.fullmatch(r"(2026-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
    if not m:
        err("%s: timestamp format %s" % (rid, r["created_at"]))
    else:
        d = dt.date.fromisoformat(m.group(1))
        h = int(m.group(2))
        if not (START <= d <= END) or d.weekday() > 4 or not (8 <= h <= 18):
            err("%s: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026: %s" % (rid, r["created_at"]))
    rules, allowed, verdict = e.get("rules"), e.get("allowed"), e.get("verdict")
    if not isinstance(rules, list) or not isinstance(allowed, list):
        err("%s: rules/allowed not lists" % rid)
        continue
    for x in rules + allowed:
        if x not in SEV:
            err("%s: unknown rule %s (%s)" % (rid, x, SEV_SRC))
    if set(rules) & set(allowed):
        err("%s: rule both expected and allowed: %s" % (rid, set(rules) & set(allowed)))
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err("%s: repeated rule" % rid)
    if verdict not in RANK:
        err("%s: verdict %s" % (rid, verdict))
        continue
    kor = r["kind_of_row"]
    if kor == "hard_negative":
        if rules or verdict != "ok" or r["family"] != "hard_negative":
            err("%s: hard negative must expect nothing, verdict ok, family hard_negative" % rid)
        if not re.match(r"HN[1-6] ", r["note"]) or re.match(r"HN[1-6][ ,;/]+HN[1-6]", r["note"]):
            err("%s: hard negative note must start with exactly one HN tag" % rid)
    elif kor in ("positive", "variant"):
        if r["family"] not in FAMILIES:
            err("%s: family %s" % (rid, r["family"]))
        elif r["family"] not in rules:
            err("%s: family rule not expected" % rid)
        lo = max((SEV[x][0] for x in rules if x in SEV), key=RANK.get, default="ok")
        hi = max((SEV[x][1] for x in rules if x in SEV), key=RANK.get, default="ok")
        if not (RANK[lo] <= RANK[verdict] <= RANK[hi]):
            err("%s: verdict %s does not fit severities %s..%s" % (rid, verdict, lo, hi))
        author_name = handles.get(r["author"])
        if author_name in names_in(text):
            err("%s: positive written by the councillor it names (%s)" % (rid, author_name))
        if kor == "positive" and r["family"] == "bullying.intimidation":
            if not re.match(r"\[(explicit|veiled|pressure)\] ", r["note"]):
                err("%s: bullying note tag" % rid)
        if kor == "positive" and r["family"] == "equality.discrimination":
            mm = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", r["note"])
            if not mm or mm.group(2) not in CHARS:
                err("%s: equality note tag" % rid)
    else:
        err("%s: kind_of_row %s" % (rid, kor))

# ---------------------------------------------------------------- variants
ZW = "\u200b"


def shows(kind, text, orig):
    if kind == "asterisk":
        return "*" in text and "*" not in orig
    if kind == "digit":
        return bool(re.search(r"[A-Za-z]\d[A-Za-z]|[A-Za-z]{2}\d\b", text))
    if kind == "zero_width":
        return ZW in text and ZW not in orig
    if kind == "spaced":
        return bool(re.search(r"(?<!\w)(?:\w ){2,}\w(?!\w)", text))
    if kind == "homoglyph":
        return bool(re.search("[\u0400-\u04ff]", text)) and not re.search("[\u0400-\u04ff]", orig)
    if kind == "caps":
        body = re.sub(r"@\w+", "", text)
        letters = [c for c in body if c.isalpha()]
        return sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    return False


vk = Counter()
for r in rows:
    if r["kind_of_row"] != "variant":
        continue
    rid = r["id"]
    o = by_id.get(r.get("variant_of"))
    kind = r.get("variant_kind")
    if o is None or o["kind_of_row"] != "positive":
        err("%s: variant_of must name an original positive" % rid)
        continue
    if kind not in KINDS:
        err("%s: variant_kind %s" % (rid, kind))
        continue
    vk[(r["family"], kind)] += 1
    for f in ("family", "author", "platform"):
        if r[f] != o[f]:
            err("%s: %s differs from original" % (rid, f))
    if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
        err("%s: rules/verdict differ from original" % rid)
    want = list(o["expect"]["allowed"])
    if kind == "caps" and "haste.pause-before-posting" not in want:
        want.append("haste.pause-before-posting")
    if sorted(r["expect"]["allowed"]) != sorted(want):
        err("%s: allowed differs from original" % rid)
    if r["text"] == o["text"] or not shows(kind, r["text"], o["text"]):
        err("%s: does not show %s obfuscation" % (rid, kind))
for fam in FAMILIES:
    for k in KINDS:
        if vk[(fam, k)] != 1:
            err("family %s has %d %s variants (want 1)" % (fam, vk[(fam, k)], k))

# ---------------------------------------------------------------- counts
orig = Counter(r["family"] for r in rows if r["kind_of_row"] == "positive")
nvar = sum(1 for r in rows if r["kind_of_row"] == "variant")
hn = [r for r in rows if r["kind_of_row"] == "hard_negative"]
for fam in FAMILIES:
    if orig[fam] < 27:
        err("family %s has %d originals (want at least 27)" % (fam, orig[fam]))
if nvar != 30:
    err("variants: %d (want 30)" % nvar)
npos = sum(orig.values()) + nvar
if len(hn) < npos:
    err("hard negatives (%d) fewer than positive rows (%d)" % (len(hn), npos))
groups = Counter(r["note"][:3] for r in hn)
for g in range(1, 7):
    if groups["HN%d" % g] < 28:
        err("HN%d has %d rows (want at least 28)" % (g, groups["HN%d" % g]))
if not 320 <= len(rows) <= 340:
    err("total %d rows (want about 330)" % len(rows))
ver = Counter((r["family"], r["expect"]["verdict"]) for r in rows if r["kind_of_row"] == "positive")
for fam in ("respect.personal-attack", "respect.abusive-language", "defamation.allegation"):
    if ver[(fam, "review")] == 0 or ver[(fam, "block")] == 0:
        err("%s needs both review and block rows" % fam)
for fam in ("bullying.intimidation", "equality.discrimination"):
    if ver[(fam, "block")] != orig[fam]:
        err("%s rows must all be block" % fam)
btags = Counter(re.match(r"\[(\w+)\]", r["note"]).group(1) for r in rows
                if r["kind_of_row"] == "positive" and r["family"] == "bullying.intimidation"
                and re.match(r"\[(\w+)\]", r["note"]))
for t in ("explicit", "veiled", "pressure"):
    if btags[t] < 6:
        err("bullying [%s] rows: %d (want at least 6)" % (t, btags[t]))
etags = Counter()
for r in rows:
    if r["kind_of_row"] == "positive" and r["family"] == "equality.discrimination":
        mm = re.match(r"\[(explicit|coded); ([a-z ]+)\]", r["note"])
        if mm:
            etags[mm.group(1)] += 1
            etags[mm.group(2)] += 1
for c in CHARS:
    if etags[c] == 0:
        err("no equality row for %s" % c)
if etags["coded"] < 8 or etags["explicit"] < 8:
    err("equality needs at least 8 explicit and 8 coded rows")

# ---------------------------------------------------------------- notes, numbers, paths
for r in rows:
    for cited in re.findall(SET + r"-\d{4}", r["note"]):
        if cited not in by_id:
            err("%s: note cites missing %s" % (r["id"], cited))
    if re.search(r"\{\w+\}", r["note"]):
        err("%s: unresolved row key in note" % r["id"])

DRAMA = [r"07700900\d{3}", r"01134960\d{3}", r"01174960\d{3}", r"01184960\d{3}",
         r"01214960\d{3}", r"01314960\d{3}", r"01414960\d{3}", r"01514960\d{3}",
         r"01614960\d{3}", r"02079460\d{3}", r"01632960\d{3}", r"02890180\d{3}",
         r"02920180\d{3}", r"08081570\d{3}", r"09098790\d{3}", r"03069990\d{3}"]
for r in rows:
    for num in re.findall(r"(?:\+44\s?|\b0)\d[\d ]{8,12}\d", r["text"]):
        digits = re.sub(r"\D", "", num)
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if len(digits) >= 10 and not any(re.fullmatch(p, digits) for p in DRAMA):
            err("%s: phone number outside the drama ranges: %s" % (r["id"], num))
    for mail in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
        if mail.lower() != "example.com":
            err("%s: email not on example.com" % r["id"])

ROOTS = ["ho" + "me", "wo" + "rk", "t" + "mp", "Us" + "ers", "ro" + "ot", "m" + "nt", "v" + "ar", "o" + "pt"]
ABS = re.compile(r"(?<![\w.~])/(?:" + "|".join(ROOTS) + r")/|\b[A-Z]:\\\\")
for f in sorted(HERE.iterdir()):
    if f.is_file() and f.suffix in (".py", ".md", ".toml", ".jsonl", ".csv", ".txt"):
        if ABS.search(f.read_text(encoding="utf-8")):
            err("%s contains an absolute path" % f.name)

if ERR:
    for e in ERR[:80]:
        print("ERROR:", e)
    print("%d error(s)" % len(ERR))
    sys.exit(1)
print("OK")
