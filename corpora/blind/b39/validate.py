#!/usr/bin/env python3
"""Checks blind set b39. Prints OK or the problems found."""
import json, re, os, sys, datetime, collections
try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
RULES_MD = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "design", "RULES.md"))
# the shared folder beside the repository root, seen from corpora/blind/b39
for cand in [RULES_MD, os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "design", "RULES.md"))]:
    if os.path.exists(cand):
        RULES_MD = cand
        break
ORDER = ["ok", "advice", "review", "block"]
FAMILIES = {"respect.personal-attack": 35, "bullying.intimidation": 35, "equality.discrimination": 35,
            "defamation.allegation": 35, "respect.abusive-language": 30}
OBF = ["asterisk", "digit", "zero-width-space", "spaced-letters", "cyrillic-homoglyph", "all-caps"]
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
errors = []


def err(msg):
    errors.append(msg)


# rule ids and severities from RULES.md tables
sev = {}
for line in open(RULES_MD, encoding="utf-8"):
    m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
    if m:
        last = line.strip().strip("|").split("|")[-1]
        sev[m.group(1)] = [s for s in ORDER[1:] if s in last]
if len(sev) < 20:
    err("could not read rule ids from RULES.md")

# handles from council.toml
toml_text = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
if tomllib:
    cfg = tomllib.loads(toml_text)
    handles = set(cfg["people"]["handles"])
    if cfg["council"].get("code") != "bexley":
        err("council code must be bexley")
else:
    handles = set(re.findall(r'^"(@[^"]+)"\s*=', toml_text, re.M))
handles.discard("@StrathcraigCncl")

rows = []
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err("line %d does not parse: %s" % (n, e))

ids = collections.Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1:
        err("duplicate id %s" % i)
byid = {r.get("id"): r for r in rows}
start, end = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)
counts = collections.Counter()
varcounts = collections.defaultdict(collections.Counter)
hn1 = hn2 = 0
for r in rows:
    rid = r.get("id", "?")
    for k in REQ:
        if k not in r or r[k] in (None, ""):
            err("%s: missing %s" % (rid, k))
    if not re.fullmatch(r"b39-\d{3}", str(rid)):
        err("%s: id does not match b39-NNN" % rid)
    if r.get("author") not in handles:
        err("%s: author %r not a handle in council.toml" % (rid, r.get("author")))
    if r.get("platform") not in ("x", "facebook", "bluesky"):
        err("%s: platform" % rid)
    if r.get("account") not in ("councillor", "personal") or r.get("kind") != "post":
        err("%s: account/kind" % rid)
    try:
        t = datetime.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != datetime.timedelta(0) or not r["created_at"].endswith("+00:00"):
            err("%s: offset must be +00:00" % rid)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
            err("%s: timestamp %s outside weekday 08:00-18:59, 5 Jan-27 Mar 2026" % (rid, r["created_at"]))
    except Exception as e:
        err("%s: created_at %s" % (rid, e))
    ex = r.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for x in rules + allowed:
        if x not in sev:
            err("%s: unknown rule %s" % (rid, x))
    if set(rules) & set(allowed):
        err("%s: rule both expected and allowed" % rid)
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err("%s: repeated rule" % rid)
    if verdict not in ORDER:
        err("%s: verdict %r" % (rid, verdict))
    elif not rules:
        if verdict != "ok":
            err("%s: verdict must be ok with no rules" % rid)
    else:
        lo = max((min(sev[x], key=ORDER.index) for x in rules if sev.get(x)), key=ORDER.index)
        hi = max((max(sev[x], key=ORDER.index) for x in rules if sev.get(x)), key=ORDER.index)
        possible = {s for x in rules for s in sev.get(x, [])}
        if not (ORDER.index(lo) <= ORDER.index(verdict) <= ORDER.index(hi)) or verdict not in possible:
            err("%s: verdict %s does not fit rules %s" % (rid, verdict, rules))
    fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
    if fam == "hard_negative":
        if kor != "hard_negative" or rules or verdict != "ok":
            err("%s: hard negative must expect no rules and ok" % rid)
        if note.startswith("[HN1:"):
            hn1 += 1
        elif note.startswith("[HN2:"):
            hn2 += 1
        else:
            err("%s: hard negative note lacks group tag" % rid)
    elif fam in FAMILIES:
        if kor != "positive" or fam not in rules:
            err("%s: positive must expect its family rule" % rid)
        if "variant_of" in r:
            o = byid.get(r["variant_of"])
            if not o or "variant_of" in o:
                err("%s: variant_of must point at an original" % rid)
            else:
                if o["family"] != fam or o["author"] != r["author"] or o["expect"]["rules"] != rules \
                        or o["expect"]["verdict"] != verdict:
                    err("%s: variant labels differ from original" % rid)
                extra = set(allowed) - set(o["expect"]["allowed"])
                if set(o["expect"]["allowed"]) - set(allowed) or (extra and extra != {"haste.pause-before-posting"}) \
                        or (extra and r.get("obfuscation") != "all-caps"):
                    err("%s: variant allowed differs from original" % rid)
                if r["text"] == o["text"]:
                    err("%s: variant text not changed" % rid)
            ob = r.get("obfuscation")
            if ob not in OBF:
                err("%s: obfuscation %r" % (rid, ob))
            varcounts[fam][ob] += 1
            if ob == "zero-width-space" and "\u200b" not in r["text"]:
                err("%s: no U+200B" % rid)
            if ob == "cyrillic-homoglyph" and not re.search("[\u0400-\u04ff]", r["text"]):
                err("%s: no Cyrillic letter" % rid)
        else:
            counts[fam] += 1
            if "obfuscation" in r:
                err("%s: obfuscation without variant_of" % rid)
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\]", note):
                err("%s: bullying note must start with [explicit]/[veiled]/[pressure]" % rid)
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded); ", note):
                err("%s: equality note must start with [explicit; or [coded;" % rid)
    else:
        err("%s: family %r" % (rid, fam))

for fam, need in FAMILIES.items():
    if counts[fam] < need:
        err("%s: %d positives, need %d" % (fam, counts[fam], need))
    for ob in OBF:
        if varcounts[fam][ob] != 1:
            err("%s: %d %s variants, need 1" % (fam, varcounts[fam][ob], ob))
if hn1 < 90 or hn2 < 60:
    err("hard negatives: %d in group 1 (need 90), %d in group 2 (need 60)" % (hn1, hn2))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
