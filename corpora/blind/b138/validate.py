"""Validate blind evaluation set b138. Prints OK or the problems found (stdlib only)."""
import collections
import datetime
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "B138"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
         "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
BUILTIN_SEV = {
    "respect.personal-attack": "review;block", "respect.abusive-language": "review;block",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review;block",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review;block",
    "predetermination.closed-mind": "review;block", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice;review",
    "defamation.allegation": "review;block", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": "advice;block", "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review", "capacity.mixed-account": "advice",
}
COUNTS = {"positive": 27, "variant": 6}
HN_TOTAL = 165
TOTAL = 330

problems = []


def bad(msg):
    problems.append(msg)


def find_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            return p
        nd = os.path.dirname(d)
        if nd == d:
            return None
        d = nd


def load_severities():
    p = find_rules()
    if not p:
        raw = BUILTIN_SEV
    else:
        raw = {}
        for line in open(p, encoding="utf-8"):
            m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
            if m:
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                raw[m.group(1)] = cells[-1]
    sev = {}
    for rid, s in raw.items():
        found = [w for w in ("advice", "review", "block") if w in s] or ["advice", "block"]
        sev[rid] = (min(found, key=RANK.get), max(found, key=RANK.get))
    return sev


SEV = load_severities()
cfg = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
handles = cfg["people"]["handles"]
councillors = cfg["people"]["councillors"]
councillor_handles = {h: n for h, n in handles.items() if n in councillors}
ROLE_WORDS = [
    (r"\bthe Leader\b|\bLeader of the Council\b|\bcouncil leader\b", "Geraint Powell"),
    (r"\bDeputy Leader\b|Cabinet Member for Finance", "Diana Whitcombe"),
    (r"Cabinet Member for (Environment|Rivers)", "Robin Gittins"),
    (r"\b[Cc]hair of [Pp]lanning\b", "Clive Bevan"),
    (r"\bthe Chairman\b|\bChairman's\b", "Susan Preece"),
    (r"Cabinet Member for Housing", "Hugh Probert"),
    (r"Cabinet Member for Transport", "Owen Lloyd"),
    (r"\b[Cc]hair of [Ss]crutiny\b", "Naomi Kessler"),
]


def named(text):
    out = set()
    for n in councillors:
        first, last = n.split(" ", 1)
        toks = [n, first, last] + [h for h, hn in handles.items() if hn == n]
        toks += [h[1:] for h, hn in handles.items() if hn == n]
        if any(re.search(r"(?<![A-Za-z])" + re.escape(t) + r"(?![A-Za-z])", text) for t in toks):
            out.add(n)
    for pat, n in ROLE_WORDS:
        if re.search(pat, text):
            out.add(n)
    return out


rows = []
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            bad("line %d does not parse: %s" % (i, e))

ids = [r.get("id") for r in rows]
idset = set(ids)
if len(ids) != len(idset):
    bad("duplicate ids")
for i, rid in enumerate(ids, 1):
    if rid != "%s-%04d" % (PREFIX, i):
        bad("id %r at line %d, expected %s-%04d" % (rid, i, PREFIX, i))
by_id = {r["id"]: r for r in rows if "id" in r}

REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
       "family", "kind_of_row", "note"]
start, end = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)
tags = collections.Counter()
eq_tags = collections.Counter()
for r in rows:
    rid = r.get("id")
    miss = [k for k in REQ if k not in r]
    if miss:
        bad("%s missing %s" % (rid, miss))
        continue
    text, e = r["text"], r["expect"]
    if r["author"] not in councillor_handles:
        bad("%s author %s is not a councillor handle" % (rid, r["author"]))
    if r["platform"] not in LIMITS:
        bad("%s platform %s" % (rid, r["platform"]))
    elif len(text) > LIMITS[r["platform"]]:
        bad("%s too long for %s (%d)" % (rid, r["platform"], len(text)))
    if r["account"] != "councillor" or r["kind"] != "post":
        bad("%s account/kind" % rid)
    try:
        t = datetime.datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00"):
            bad("%s timestamp offset" % rid)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
            bad("%s timestamp %s outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % (rid, r["created_at"]))
    except ValueError:
        bad("%s bad timestamp" % rid)
    if set(e) != {"rules", "allowed", "verdict"}:
        bad("%s expect keys" % rid)
        continue
    for rule in e["rules"] + e["allowed"]:
        if rule not in SEV:
            bad("%s unknown rule %s" % (rid, rule))
    if set(e["rules"]) & set(e["allowed"]):
        bad("%s rule both expected and allowed" % rid)
    if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
        bad("%s repeated rule" % rid)
    v = e["verdict"]
    if v not in RANK:
        bad("%s verdict %s" % (rid, v))
    elif e["rules"]:
        lo = max((SEV[x][0] for x in e["rules"] if x in SEV), key=RANK.get)
        hi = max((SEV[x][1] for x in e["rules"] if x in SEV), key=RANK.get)
        if not (RANK[lo] <= RANK[v] <= RANK[hi]):
            bad("%s verdict %s does not fit %s..%s" % (rid, v, lo, hi))
    elif v != "ok":
        bad("%s no rules but verdict %s" % (rid, v))
    kor, fam, note = r["kind_of_row"], r["family"], r["note"]
    if kor in ("positive", "variant"):
        if fam not in FAMILIES:
            bad("%s family %s" % (rid, fam))
        elif fam not in e["rules"]:
            bad("%s family rule not expected" % rid)
        if fam == "bullying.intimidation":
            found = re.findall(r"\[(explicit|veiled|pressure)\]", note)
            if len(found) != 1 or not note.startswith("[" + found[0] + "]"):
                bad("%s bullying tag" % rid)
            elif kor == "positive":
                tags[found[0]] += 1
        if fam == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\]", note)
            if not m or m.group(2) not in CHARS:
                bad("%s equality tag" % rid)
            elif kor == "positive":
                eq_tags[(m.group(1), m.group(2))] += 1
        if kor == "positive":
            who = councillor_handles.get(r["author"])
            if who in named(text):
                bad("%s written by %s, whom it names" % (rid, who))
    elif kor == "hard_negative":
        if fam != "hard_negative" or e["rules"] or v != "ok":
            bad("%s hard negative labels" % rid)
        if not re.match(r"HN[1-6] ", note) or len(re.findall(r"\bHN[1-6]\b", note)) != 1:
            bad("%s hard negative tag" % rid)
    else:
        bad("%s kind_of_row %s" % (rid, kor))
    for m in re.finditer(r"\b%s-\d{4}\b" % PREFIX, note):
        if m.group(0) not in idset:
            bad("%s cites missing %s" % (rid, m.group(0)))
    for m in re.finditer(r"(?<!\d)(0\d[\d ]{8,11}\d)(?!\d)", text):
        num = re.sub(r"\s", "", m.group(1))
        drama = (num.startswith("07700900") or num.startswith("01632960") or
                 num.startswith("02079460") or re.match(r"01[1-9]14960", num) or
                 num.startswith("01914980") or num.startswith("02890180") or
                 num.startswith("02920180"))
        if not drama:
            bad("%s phone number %s not in a drama range" % (rid, m.group(1)))
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.]+)", text):
        if m.group(1).lower() != "example.com":
            bad("%s email not on example.com" % rid)


def strip_handles(s):
    return " ".join(t for t in s.split(" ") if not t.startswith("@"))


vk = collections.defaultdict(list)
for r in rows:
    if r.get("kind_of_row") != "variant":
        continue
    rid = r["id"]
    o = by_id.get(r.get("variant_of"))
    if not o or o.get("kind_of_row") != "positive":
        bad("%s variant_of" % rid)
        continue
    k = r.get("variant_kind")
    vk[r["family"]].append(k)
    want_allowed = list(o["expect"]["allowed"]) + (["haste.pause-before-posting"] if k == "caps" else [])
    if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
            or sorted(r["expect"]["allowed"]) != sorted(want_allowed)):
        bad("%s labels differ from %s" % (rid, o["id"]))
    if r["family"] != o["family"] or r["author"] != o["author"] or r["platform"] != o["platform"]:
        bad("%s family/author/platform differ from %s" % (rid, o["id"]))
    vt, ot = r["text"], o["text"]
    if vt == ot:
        bad("%s same text as original" % rid)
    new = set(vt.split()) - set(ot.split())
    if k == "asterisk":
        ok = "*" in vt and "*" not in ot and any(re.search(r"[A-Za-z]\*[A-Za-z]?", w) for w in new)
    elif k == "digit":
        ok = any(re.search(r"[A-Za-z][0-9]|[0-9][A-Za-z]", w) for w in new)
    elif k == "zero_width":
        ok = "\u200b" in vt and "\u200b" not in ot
    elif k == "spaced":
        pat = r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
        ok = bool(re.search(pat, vt)) and not re.search(pat, ot)
    elif k == "homoglyph":
        ok = bool(re.search("[\u0400-\u04ff]", vt)) and not re.search("[\u0400-\u04ff]", ot)
    elif k == "caps":
        letters = [c for c in strip_handles(vt) if c.isalpha()]
        ok = (sum(c.isupper() for c in letters) >= 0.9 * len(letters)
              and strip_handles(vt) == strip_handles(ot).upper())
    else:
        ok = False
    if not ok:
        bad("%s does not show its %s obfuscation" % (rid, k))

cnt = collections.Counter((r.get("family"), r.get("kind_of_row")) for r in rows)
for f in FAMILIES:
    for kor, n in COUNTS.items():
        if cnt[(f, kor)] != n:
            bad("%s %s: %d, expected %d" % (f, kor, cnt[(f, kor)], n))
    if sorted(vk[f]) != sorted(KINDS):
        bad("%s variant kinds %s" % (f, sorted(vk[f])))
if cnt[("hard_negative", "hard_negative")] != HN_TOTAL:
    bad("hard negatives: %d" % cnt[("hard_negative", "hard_negative")])
if len(rows) != TOTAL:
    bad("rows: %d" % len(rows))
hn = collections.Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
if any(hn["HN%d" % i] < 25 for i in range(1, 7)):
    bad("hard negative groups thin: %s" % dict(hn))
if tags and (min(tags.values()) < 8 or len(tags) != 3):
    bad("bullying tags uneven: %s" % dict(tags))

# no absolute paths in this folder's files
absolute = re.compile(r"(?<![\w.~])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "tm" + "p", "us" + "r",
                      "Us" + "ers", "mn" + "t", "ro" + "ot", "va" + "r", "op" + "t"]) + r")/|[A-Za-z]:\\\\")
for name in sorted(os.listdir(HERE)):
    p = os.path.join(HERE, name)
    if os.path.isfile(p) and not name.endswith(".pyc"):
        try:
            if absolute.search(open(p, encoding="utf-8").read()):
                bad("absolute path in %s" % name)
        except UnicodeDecodeError:
            pass

if problems:
    for p in problems:
        print(p)
    sys.exit(1)
print("OK")
