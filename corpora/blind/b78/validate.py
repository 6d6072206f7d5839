"""Check blind evaluation set b78 and print OK (or the problems found).
Usage: python validate.py   (run from anywhere; paths are relative to this file)
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b78"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
VARIANT_KINDS = {"asterisk", "digit", "zwsp", "spaced", "cyrillic", "caps"}
HASTE = "haste.pause-before-posting"
# built-in copy of the rule ids and base severities (used when RULES.md is not found)
BUILTIN = {
    "respect.personal-attack": "review", "respect.abusive-language": "review",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice",
    "defamation.allegation": "review", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": "review", "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review", "capacity.mixed-account": "advice",
}
MIN = {"per_family": 30, "hard_negative": 120, "per_hn_group": 20, "variants": 30, "total": 250}

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|(.*)\|\s*$", line)
                if m:
                    last = m.group(2).split("|")[-1].strip()
                    w = re.match(r"(advice|review|block)", last)
                    sev[m.group(1)] = w.group(1) if w else "review"
            if sev:
                return sev, "RULES.md"
        parent = os.path.dirname(d)
        if parent == d:
            return dict(BUILTIN), "built-in copy"
        d = parent


def load_handles():
    text = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    try:
        import tomllib
        data = tomllib.loads(text)
        return set(data["people"]["handles"]), set(data["people"]["councillors"])
    except ImportError:
        sec = text.split("[people.handles]", 1)[1]
        return set(re.findall(r'^"(@\w+)"\s*=', sec, re.M)), set()


SEV, source = load_rules()
handles, councillors = load_handles()
rows = []
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            err("line %d does not parse: %s" % (n, e))

ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate ids")
by_id = {r.get("id"): r for r in rows}
start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
       "kind_of_row", "note"]
for r in rows:
    i = r.get("id", "?")
    for k in REQ:
        if k not in r:
            err("%s: missing %s" % (i, k))
    if not re.fullmatch(PREFIX + r"-\d{3}", str(i)):
        err("%s: bad id" % i)
    if r.get("account") != "councillor" or r.get("kind") != "post":
        err("%s: account/kind" % i)
    if r.get("platform") not in ("x", "facebook", "bluesky"):
        err("%s: platform" % i)
    if r.get("author") not in handles or r.get("author") == "@KeelmouthMBC":
        err("%s: author %r not a councillor handle" % (i, r.get("author")))
    try:
        t = dt.datetime.fromisoformat(r["created_at"])
        if not (r["created_at"].endswith("+00:00") and t.weekday() < 5 and 8 <= t.hour <= 18
                and start <= t.date() <= end):
            err("%s: timestamp out of window" % i)
    except (KeyError, ValueError):
        err("%s: bad timestamp" % i)
    ex = r.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for x in rules + allowed:
        if x not in SEV:
            err("%s: unknown rule %s" % (i, x))
    if set(rules) & set(allowed):
        err("%s: rule both expected and allowed" % i)
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err("%s: duplicate rule" % i)
    fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
    top = max([RANK[SEV.get(x, "review")] for x in rules] or [0])
    if kor == "hard_negative":
        if fam != "hard_negative" or rules or verdict != "ok":
            err("%s: hard negative must expect nothing, verdict ok" % i)
        if not re.match(r"HN[1-6] ", note) or len(re.findall(r"\bHN[1-6]\b", note)) != 1:
            err("%s: hard negative note needs exactly one HN tag at the start" % i)
    elif kor in ("positive", "variant"):
        if fam not in FAMILIES or fam not in rules:
            err("%s: family rule not expected" % i)
        ok_verdicts = {k for k, v in RANK.items() if v == top}
        if fam in ("respect.personal-attack", "respect.abusive-language", "defamation.allegation"):
            ok_verdicts.add("block")
        if verdict not in ok_verdicts:
            err("%s: verdict %s does not fit severities" % (i, verdict))
        if fam == "bullying.intimidation" and kor == "positive" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
            err("%s: bullying note tag" % i)
        if fam == "equality.discrimination" and kor == "positive" and not re.match(r"\[(explicit|coded); [^\]]+\] ?", note):
            err("%s: equality note tag" % i)
    else:
        err("%s: kind_of_row %r" % (i, kor))
    if kor == "variant":
        o = by_id.get(r.get("variant_of"))
        vk = r.get("variant_kind")
        if not o or o.get("kind_of_row") != "positive":
            err("%s: variant_of does not name a positive" % i)
            continue
        want_allowed = list(o["expect"]["allowed"]) + ([HASTE] if vk == "caps" else [])
        if (rules != o["expect"]["rules"] or verdict != o["expect"]["verdict"]
                or sorted(allowed) != sorted(want_allowed) or fam != o["family"]
                or r["author"] != o["author"] or r["platform"] != o["platform"]):
            err("%s: variant does not match its original" % i)
        if vk not in VARIANT_KINDS or r["text"] == o["text"]:
            err("%s: variant kind/text" % i)
        if vk == "zwsp" and "\u200b" not in r["text"]:
            err("%s: no zero-width space" % i)
        if vk == "cyrillic" and not re.search("[\u043e\u0435\u0441]", r["text"]):
            err("%s: no homoglyph" % i)

kinds = Counter((r["family"], r.get("variant_kind")) for r in rows if r.get("kind_of_row") == "variant")
for fam in FAMILIES:
    for k in VARIANT_KINDS:
        if kinds[(fam, k)] != 1:
            err("family %s needs exactly one %s variant (has %d)" % (fam, k, kinds[(fam, k)]))
orig = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
for fam in FAMILIES:
    if orig[fam] < MIN["per_family"]:
        err("too few originals for %s" % fam)
hn = [r for r in rows if r.get("kind_of_row") == "hard_negative"]
if len(hn) < MIN["hard_negative"]:
    err("too few hard negatives")
groups = Counter(r["note"][:3] for r in hn)
for g in ["HN%d" % k for k in range(1, 7)]:
    if groups[g] < MIN["per_hn_group"]:
        err("too few %s" % g)
if sum(kinds.values()) < MIN["variants"] or len(rows) < MIN["total"]:
    err("too few rows")

# no absolute paths or machine names in the files of this folder
bad = re.compile("(" + "|".join([r"/" + "home/", r"/" + "work/", r"/" + "tmp/", r"/" + "Users/",
                                 r"[A-Z]:" + r"\\\\"]) + ")")
for name in sorted(os.listdir(HERE)):
    p = os.path.join(HERE, name)
    if os.path.isfile(p) and not name.endswith(".pyc"):
        if bad.search(open(p, encoding="utf-8", errors="replace").read()):
            err("%s contains an absolute path" % name)

if errors:
    for e in errors[:50]:
        print("ERROR", e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("rules from %s; %d rows" % (source, len(rows)))
print("OK")
