#!/usr/bin/env python3
"""Check blind evaluation set b125 (posts.jsonl, council.toml). Prints OK or the problems found."""
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B125"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
HASTE = "haste.pause-before-posting"
ORIGINALS_PER_FAMILY = 27
MIN_HN_PER_GROUP = 20
MIN_PROTECTED_GROUP_HN = 40
START, END = date(2026, 1, 5), date(2026, 3, 27)

# Built-in copy of the rule ids and severities, used when RULES.md cannot be found.
BUILTIN = {
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

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    for d in [HERE] + list(HERE.parents):
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
        m = re.match(r"^\|\s*`?([a-z-]+\.[a-z-]+)`?\s*\|", line)
        if m:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rules[m.group(1)] = cells[-1]
    if not rules:
        return BUILTIN, "built-in copy"
    return rules, "RULES.md"


def levels(sev):
    found = [LEVEL[w] for w in re.findall(r"\b(advice|review|block)\b", sev)]
    if not found:
        return (1, 3)          # 'same as the amplified rule, one level lower': anything
    return (found[0], max(found))


RULES, RULES_FROM = load_rules()

# ---------------------------------------------------------------- council
raw_toml = (HERE / "council.toml").read_text(encoding="utf-8")
cfg = tomllib.loads(raw_toml)
councillors = cfg["people"]["councillors"]
handle_of = defaultdict(list)
for h, n in cfg["people"]["handles"].items():
    handle_of[n].append(h)
councillor_handles = {h: n for n in councillors for h in handle_of[n]}
for n in councillors:
    if not handle_of[n]:
        bad("councillor without a handle: %s" % n)
people = {}
for n in councillors:
    m = re.search(r'"%s",\s*#\s*(.+?)\s*\((.+?)\),\s*(.+)$' % re.escape(n), raw_toml, re.M)
    if not m:
        bad("council.toml: no 'role (party), ward' comment for %s" % n)
        continue
    people[n] = dict(role=m.group(1), party=m.group(2), ward=m.group(3).strip())

SHORT = {"Gillian Tharratt": ["Gill"], "Neville Clixby": ["Nev"], "Agnieszka Kowal": ["Aga"],
         "Stuart Ingamells": ["Stu"]}
PARTY_ALIASES = {
    "Wolds First": ["Wolds First"],
    "Marsh & Market": ["Marsh & Market", "Marsh and Market"],
    "Green Wold": ["Green Wold", "Greens"],
    "Yellowbelly Independents": ["Yellowbelly Independent"],
    "Wold Radicals": ["Wold Radicals", "Radicals"],
}


def role_words(role):
    r = role.lower()
    words = []
    if r.startswith("leader of the council"):
        words += ["the leader", "leader of the council", "council leader", "leader's"]
    if "leader of the opposition" in r:
        words += ["leader of the opposition", "opposition leader"]
    if "chairman of the council" in r:
        words += ["chairman"]
    if "chair of planning" in r:
        words += ["chair of planning", "planning chair"]
    if "chair of scrutiny" in r:
        words += ["chair of scrutiny", "scrutiny chair", "scrutiny meetings she chairs"]
    if "deputy leader" in r:
        words += ["deputy leader"]
    m = re.search(r"cabinet member for (\w+)", r)
    if m:
        words += ["cabinet member for " + m.group(1), m.group(1) + " portfolio"]
    if m or r.startswith("leader of the council"):
        words += ["cabinet"]
    return words


def names_person(text, name):
    low = text.lower()
    first, last = name.split(" ", 1)
    for n in [name, first, last] + SHORT.get(name, []):
        if re.search(r"(?<![\w])" + re.escape(n.lower()) + r"(?![\w])", low):
            return True
    if any(h.lower() in low for h in handle_of[name]):
        return True
    info = people.get(name)
    if info:
        if any(w in low for w in role_words(info["role"])):
            return True
        if any(a.lower() in low for a in PARTY_ALIASES.get(info["party"], [])):
            return True
    return False


# ---------------------------------------------------------------- rows
rows = []
for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").split("\n")):
    if not line.strip():
        continue
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        bad("line %d does not parse: %s" % (i + 1, e))
byid = {}
for n, r in enumerate(rows):
    rid = r.get("id", "")
    if not re.fullmatch(SET + r"-\d{4}", rid):
        bad("bad id %r" % rid)
    if rid in byid:
        bad("duplicate id %s" % rid)
    byid[rid] = r
    if rid != "%s-%04d" % (SET, n + 1):
        bad("ids not in sequence at %s" % rid)

REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
texts = Counter()
for r in rows:
    rid = r.get("id")
    for f in REQUIRED:
        if f not in r:
            bad("%s: missing field %s" % (rid, f))
    if set(r) - set(REQUIRED) - {"variant_of", "variant_kind"}:
        bad("%s: unexpected fields %s" % (rid, set(r) - set(REQUIRED)))
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        bad("%s: empty text" % rid)
    texts[r.get("text")] += 1
    if r.get("author") not in councillor_handles:
        bad("%s: author %r is not a councillor handle in council.toml" % (rid, r.get("author")))
    if r.get("platform") not in ("x", "facebook", "bluesky"):
        bad("%s: platform %r" % (rid, r.get("platform")))
    if r.get("account") != "councillor" or r.get("kind") != "post":
        bad("%s: account/kind" % rid)
    ts = r.get("created_at", "")
    if not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", ts):
        bad("%s: timestamp format %r" % (rid, ts))
    else:
        t = datetime.fromisoformat(ts)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            bad("%s: timestamp outside weekdays 08:00-18:59, 5 Jan to 27 Mar 2026: %s" % (rid, ts))
    if r.get("kind_of_row") != "variant":
        limit = {"x": 280, "bluesky": 300}.get(r.get("platform"))
        if limit and len(r["text"]) > limit:
            bad("%s: %d characters is too long for %s" % (rid, len(r["text"]), r["platform"]))
    exp = r.get("expect", {})
    if set(exp) != {"rules", "allowed", "verdict"}:
        bad("%s: expect keys %s" % (rid, sorted(exp)))
        continue
    for rule in exp["rules"] + exp["allowed"]:
        if rule not in RULES:
            bad("%s: unknown rule id %s (not in %s)" % (rid, rule, RULES_FROM))
    if set(exp["rules"]) & set(exp["allowed"]):
        bad("%s: rule both expected and allowed: %s" % (rid, set(exp["rules"]) & set(exp["allowed"])))
    if len(set(exp["rules"])) != len(exp["rules"]) or len(set(exp["allowed"])) != len(exp["allowed"]):
        bad("%s: duplicate rule in a list" % rid)
    if exp["verdict"] not in LEVEL:
        bad("%s: verdict %r" % (rid, exp["verdict"]))
        continue
    # verdict fits the severities of the expected rules
    if exp["rules"]:
        lv = [levels(RULES.get(x, "review")) for x in exp["rules"]]
        lo, hi = max(a for a, b in lv), max(b for a, b in lv)
        if not lo <= LEVEL[exp["verdict"]] <= hi:
            bad("%s: verdict %s does not fit the severities of %s" % (rid, exp["verdict"], exp["rules"]))
    elif exp["verdict"] != "ok":
        bad("%s: no rules expected but verdict %s" % (rid, exp["verdict"]))
    # cited ids exist
    for cited in re.findall(SET + r"-\d{4}", r.get("note", "")):
        if cited not in byid and cited not in {x.get("id") for x in rows}:
            bad("%s: note cites missing id %s" % (rid, cited))
    # phone numbers and emails
    for num in re.findall(r"(?<!\d)0\d[\d ]{8,12}\d", r["text"] + " " + r.get("note", "")):
        digits = num.replace(" ", "")
        drama = (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"01632960\d{3}", digits)
                 or re.fullmatch(r"01\d{2}4960\d{3}", digits) or re.fullmatch(r"02079460\d{3}", digits)
                 or re.fullmatch(r"02890496\d{3}|02920180\d{3}|01914980\d{3}|08081570\d{3}|09098790\d{3}|03069990\d{3}", digits))
        if not drama:
            bad("%s: phone number outside the Ofcom drama ranges: %s" % (rid, num))
    for em in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", r["text"] + " " + r.get("note", "")):
        if not em.lower().endswith("@example.com"):
            bad("%s: email not on example.com: %s" % (rid, em))
for t, n in texts.items():
    if n > 1:
        bad("duplicate text: %r" % t[:60])

# ---------------------------------------------------------------- kinds of row
positives = [r for r in rows if r.get("kind_of_row") == "positive"]
variants = [r for r in rows if r.get("kind_of_row") == "variant"]
hns = [r for r in rows if r.get("kind_of_row") == "hard_negative"]
if len(positives) + len(variants) + len(hns) != len(rows):
    bad("kind_of_row must be positive, variant or hard_negative")

bully_tags, eq_tags = Counter(), Counter()
for r in positives + variants:
    rid, exp, fam = r["id"], r["expect"], r["family"]
    if fam not in FAMILIES:
        bad("%s: family %r" % (rid, fam))
        continue
    if fam not in exp["rules"]:
        bad("%s: family rule %s not expected" % (rid, fam))
    if exp["verdict"] == "ok":
        bad("%s: positive with verdict ok" % rid)
    if fam in ("bullying.intimidation", "equality.discrimination") and exp["verdict"] != "block":
        bad("%s: %s rows are block" % (rid, fam))
    if "officers.impartiality" in exp["rules"] and not re.search(
            r"Chief Executive|Monitoring Officer|s151|Planning Officer|Licensing Manager|"
            + "|".join(re.escape(o) for o in cfg["people"]["officers"]), r["text"], re.I):
        bad("%s: officers expected but no officer named or referred to by role" % rid)
    if re.search(r"\bHN[1-6]\b", r["note"][:4]):
        bad("%s: positive note starts with an HN tag" % rid)
    if r["kind_of_row"] == "positive":
        if fam == "bullying.intimidation":
            m = re.match(r"\[(explicit|veiled|pressure)\] ", r["note"])
            if not m:
                bad("%s: bullying note must start with [explicit], [veiled] or [pressure]" % rid)
            else:
                bully_tags[m.group(1)] += 1
        if fam == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", r["note"])
            if not m or m.group(2) not in CHARACTERISTICS:
                bad("%s: equality note must start with [explicit|coded; characteristic]" % rid)
            else:
                eq_tags[(m.group(1), m.group(2))] += 1
        author_name = councillor_handles.get(r["author"])
        if author_name and names_person(r["text"], author_name):
            bad("%s: positive written by a councillor it names (or whose role or party it names): %s"
                % (rid, author_name))

hn_groups, protected = Counter(), Counter()
for r in hns:
    rid, exp = r["id"], r["expect"]
    if r["family"] != "hard_negative":
        bad("%s: hard negative family %r" % (rid, r["family"]))
    if exp["rules"] or exp["verdict"] != "ok":
        bad("%s: hard negatives expect nothing and verdict ok" % rid)
    m = re.match(r"HN([1-6]) ", r["note"])
    if not m or len(re.findall(r"\bHN[1-6]\b", r["note"])) != 1:
        bad("%s: hard negative note needs exactly one HN tag, at the start" % rid)
    else:
        hn_groups[m.group(1)] += 1
    g = re.match(r"HN[1-6] \[group: ([a-z ]+)\] ", r["note"])
    if g:
        if g.group(1) not in CHARACTERISTICS:
            bad("%s: [group: %s] is not a protected characteristic" % (rid, g.group(1)))
        protected[g.group(1)] += 1
    elif "[group:" in r["note"]:
        bad("%s: [group: ...] tag must follow the HN tag" % rid)
for r in positives + variants:
    if "[group:" in r["note"]:
        bad("%s: [group: ...] tag on a positive row" % r["id"])

# ---------------------------------------------------------------- variants
CYR = {"\u043e": "o", "\u041e": "O", "\u0435": "e", "\u0415": "E", "\u0430": "a", "\u0410": "A",
       "\u0441": "c", "\u0440": "p"}


def caps(text):
    return "".join(p if p.startswith("@") else p.upper() for p in re.split(r"(@\w+)", text))


variant_kinds = defaultdict(Counter)
for v in variants:
    rid = v["id"]
    o = byid.get(v.get("variant_of"))
    kind = v.get("variant_kind")
    if o is None or o.get("kind_of_row") != "positive":
        bad("%s: variant_of must name a positive row" % rid)
        continue
    if kind not in KINDS:
        bad("%s: variant_kind %r" % (rid, kind))
        continue
    variant_kinds[v["family"]][kind] += 1
    want_allowed = list(o["expect"]["allowed"]) + ([HASTE] if kind == "caps" else [])
    if (v["expect"]["rules"] != o["expect"]["rules"] or v["expect"]["verdict"] != o["expect"]["verdict"]
            or sorted(v["expect"]["allowed"]) != sorted(want_allowed)):
        bad("%s: variant labels differ from %s" % (rid, o["id"]))
    for f in ("family", "author", "platform"):
        if v[f] != o[f]:
            bad("%s: variant %s differs from %s" % (rid, f, o["id"]))
    t, ot = v["text"], o["text"]
    if t == ot:
        bad("%s: variant text equals its original" % rid)
    if kind == "caps":
        ok = t == caps(ot)
    elif kind == "zero_width":
        ok = "\u200b" in t and t.replace("\u200b", "") == ot
    elif kind == "homoglyph":
        ok = any(c in CYR for c in t) and "".join(CYR.get(c, c) for c in t) == ot
    elif kind == "spaced":
        ok = any(re.sub(r"(?i)(?<![\w])" + re.escape(w) + r"(?![\w])", lambda m: " ".join(m.group(0)), ot) == t
                 for w in set(re.findall(r"\w{3,}", ot.lower())))
    else:
        mark = (lambda c: c == "*") if kind == "asterisk" else (lambda c: c.isdigit())
        ok = (len(t) == len(ot) and any(a != b for a, b in zip(t, ot))
              and all(mark(a) and b.isalpha() for a, b in zip(t, ot) if a != b))
    if not ok:
        bad("%s: text does not show a clean %s obfuscation of %s" % (rid, kind, o["id"]))
for fam in FAMILIES:
    if dict(variant_kinds[fam]) != {k: 1 for k in KINDS}:
        bad("%s: want one variant of each kind, got %s" % (fam, dict(variant_kinds[fam])))

# ---------------------------------------------------------------- counts
orig_by_family = Counter(r["family"] for r in positives)
for fam in FAMILIES:
    if orig_by_family[fam] != ORIGINALS_PER_FAMILY:
        bad("%s: %d originals, want %d" % (fam, orig_by_family[fam], ORIGINALS_PER_FAMILY))
for fam in ("respect.personal-attack", "respect.abusive-language", "defamation.allegation"):
    vs = Counter(r["expect"]["verdict"] for r in positives if r["family"] == fam)
    if vs["review"] < 1 or vs["block"] < 1:
        bad("%s: want both review and block rows, got %s" % (fam, dict(vs)))
if len(hns) < len(positives) + len(variants):
    bad("hard negatives (%d) fewer than positive rows (%d)" % (len(hns), len(positives) + len(variants)))
for g in "123456":
    if hn_groups[g] < MIN_HN_PER_GROUP:
        bad("HN%s: %d rows, want at least %d" % (g, hn_groups[g], MIN_HN_PER_GROUP))
if sum(protected.values()) < MIN_PROTECTED_GROUP_HN:
    bad("only %d hard negatives mention or support a protected group, want %d"
        % (sum(protected.values()), MIN_PROTECTED_GROUP_HN))
for c in CHARACTERISTICS:
    if not protected[c]:
        bad("no hard negative mentions %s" % c)
    if not any(ch == c for (_, ch) in eq_tags):
        bad("no equality row on %s" % c)
for t in ("explicit", "veiled", "pressure"):
    if bully_tags[t] < 5:
        bad("bullying: only %d [%s] rows" % (bully_tags[t], t))
if sum(n for (k, _), n in eq_tags.items() if k == "coded") < 5:
    bad("equality: fewer than 5 coded rows")

if problems:
    for m in problems[:200]:
        print(m)
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("OK")
