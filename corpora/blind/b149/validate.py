"""Check blind set B149. Standard library only. Prints OK or the problems found."""
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B149"
SEV = {  # built-in copy of the rule severities (min, max) from RULES.md
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"), "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"), "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"), "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"), "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"), "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"), "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"), "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
ORDER = ["ok", "advice", "review", "block"]
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "homoglyph", "zero_width", "spaced", "caps"]
CHARS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
         "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
errs = []


def err(msg):
    errs.append(msg)


def rule_ids():
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", open(p, encoding="utf-8").read(), re.M))
            if ids:
                return ids
        d = os.path.dirname(d)
    return set(SEV)


RULES = rule_ids()
cfg = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
councillors = set(cfg["people"]["councillors"])
handles = {h: n for h, n in cfg["people"]["handles"].items() if n in councillors}
posts = []
for i, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
    try:
        posts.append(json.loads(line))
    except ValueError as e:
        err("line %d does not parse: %s" % (i, e))
byid = {p.get("id"): p for p in posts}
if len(byid) != len(posts):
    err("duplicate ids")
lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
       "kind_of_row", "note"]
for n, p in enumerate(posts, 1):
    pid = p.get("id", "?")
    for f in REQ:
        if f not in p:
            err("%s missing %s" % (pid, f))
    if pid != "%s-%04d" % (SET, n):
        err("%s out of order or malformed" % pid)
    if p.get("author") not in handles:
        err("%s author not a councillor handle" % pid)
    if p.get("platform") not in ("x", "facebook", "bluesky"):
        err("%s platform" % pid)
    if p.get("account") != "councillor" or p.get("kind") != "post":
        err("%s account/kind" % pid)
    t = dt.datetime.fromisoformat(p["created_at"])
    if not (p["created_at"].endswith("+00:00") and t.weekday() < 5 and 8 <= t.hour <= 18
            and lo <= t.date() <= hi):
        err("%s timestamp %s" % (pid, p["created_at"]))
    ex = p["expect"]
    rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
    for r in rules + allowed:
        if r not in RULES or r not in SEV:
            err("%s unknown rule %s" % (pid, r))
    if set(rules) & set(allowed):
        err("%s rule both expected and allowed" % pid)
    lo_v = max([ORDER.index(SEV[r][0]) for r in rules] or [0])
    hi_v = max([ORDER.index(SEV[r][1]) for r in rules] or [0])
    if not (lo_v <= ORDER.index(verdict) <= hi_v):
        err("%s verdict %s does not fit %s" % (pid, verdict, rules))
    kr, fam, note = p["kind_of_row"], p["family"], p["note"]
    if kr == "hard_negative":
        if rules or verdict != "ok" or fam != "hard_negative":
            err("%s hard negative expects something" % pid)
        if len(re.findall(r"\bHN[1-6]\b", note)) != 1 or not re.match(r"HN[1-6] ", note + " "):
            err("%s HN tag" % pid)
    elif kr in ("positive", "variant"):
        if fam not in FAMILIES or fam not in rules:
            err("%s family rule not expected" % pid)
        if kr == "positive" and fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\]", note):
            err("%s bullying tag" % pid)
        if kr == "positive" and fam == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\]", note)
            if not m or m.group(2) not in CHARS:
                err("%s equality tag" % pid)
        if kr == "positive":
            name = handles.get(p["author"], "")
            low = p["text"].lower()
            if name and (name.lower() in low or p["author"].lower() in low):
                err("%s written by the councillor it names" % pid)
    else:
        err("%s kind_of_row" % pid)
    for num in re.findall(r"\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b", p["text"]):
        if not re.sub(r"\D", "", num).startswith(("07700900", "01632960", "02079460")):
            err("%s phone number outside drama ranges" % pid)
    for em in re.findall(r"[\w.+-]+@([\w-]+\.[\w.]+)", p["text"]):
        if not re.search(r"example\.(com|net|org)$", em):
            err("%s email domain" % pid)
    for cited in re.findall(SET + r"-\d{4}", note + p.get("variant_of", "")):
        if cited not in byid:
            err("%s cites missing %s" % (pid, cited))

# variants
seen = {f: [] for f in FAMILIES}
for p in posts:
    if p["kind_of_row"] != "variant":
        continue
    o = byid.get(p.get("variant_of"))
    k = p.get("variant_kind")
    if not o or o["kind_of_row"] != "positive":
        err("%s variant_of" % p["id"])
        continue
    seen[p["family"]].append(k)
    extra = {"haste.pause-before-posting"} if k == "caps" else set()
    if (p["expect"]["rules"] != o["expect"]["rules"] or p["expect"]["verdict"] != o["expect"]["verdict"]
            or set(p["expect"]["allowed"]) != set(o["expect"]["allowed"]) | extra
            or p["family"] != o["family"] or p["author"] != o["author"] or p["platform"] != o["platform"]):
        err("%s variant labels differ from %s" % (p["id"], o["id"]))
    t = p["text"]
    ok = {"asterisk": "*" in t and "*" not in o["text"],
          "digit": bool(re.search(r"[A-Za-z][0-9][A-Za-z]", t)),
          "homoglyph": bool(re.search("[\u0400-\u04ff]", t)),
          "zero_width": "\u200b" in t,
          "spaced": bool(re.search(r"(?:\b\w ){2,}\w\b", t)),
          "caps": sum(c.isupper() for c in t) > 0.8 * sum(c.isalpha() for c in t)}.get(k)
    if not ok:
        err("%s does not show %s" % (p["id"], k))
for f, ks in seen.items():
    if sorted(ks) != sorted(KINDS):
        err("%s variant kinds %s" % (f, ks))

# counts
for f in FAMILIES:
    n = sum(1 for p in posts if p["family"] == f and p["kind_of_row"] == "positive")
    if n < 27:
        err("%s has %d originals" % (f, n))
if sum(1 for p in posts if p["kind_of_row"] == "hard_negative") < 165:
    err("fewer than 165 hard negatives")
if len(posts) != 330:
    err("expected 330 posts, found %d" % len(posts))

# no absolute paths in the folder's files
for fn in os.listdir(HERE):
    fp = os.path.join(HERE, fn)
    if os.path.isfile(fp):
        txt = open(fp, encoding="utf-8", errors="replace").read()
        if re.search(r"(?<![\w.])/(?:work|home|tmp|Users|root|mnt)/", txt):
            err("absolute path in " + fn)

if errs:
    print("\n".join(errs[:60]))
    sys.exit(1)
print("OK")
