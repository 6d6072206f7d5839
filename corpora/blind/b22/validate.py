#!/usr/bin/env python3
"""Checks blind set b22. Prints OK or the problems found."""
import json, re, sys, datetime as dt, pathlib, tomllib

HERE = pathlib.Path(__file__).resolve().parent
SEV = {  # rule -> (lowest, highest) severity per shared/design/RULES.md
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
    "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
ORDER = ["ok", "advice", "review", "block"]
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
       "kind_of_row", "note"]
errors = []
def err(m): errors.append(m)

# rule ids must appear in RULES.md's tables when the file can be found
for p in [HERE, *HERE.parents]:
    f = p / "shared" / "design" / "RULES.md"
    if f.exists():
        table_ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", f.read_text(), re.M))
        for r in SEV:
            if r not in table_ids:
                err("rule %s not in RULES.md tables" % r)
        break

toml = tomllib.loads((HERE / "council.toml").read_text())
handles = toml["people"]["handles"]
councillors = set(toml["people"]["councillors"])
holders = toml["registers"]["interest_holders"]
assert toml["council"]["code"] == "bexley"

rows, ids = [], set()
for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        err("line %d does not parse: %s" % (n, e)); continue
    rows.append(o)
    for k in REQ:
        if k not in o:
            err("%s: missing %s" % (o.get("id", n), k))
    i = o.get("id", "")
    if not re.fullmatch(r"b22-\d{3}", i):
        err("bad id %r" % i)
    if i in ids:
        err("duplicate id %s" % i)
    ids.add(i)
    if handles.get(o["author"]) not in councillors:
        err("%s: author %s is not a councillor handle" % (i, o["author"]))
    t = dt.datetime.fromisoformat(o["created_at"])
    if t.utcoffset() != dt.timedelta(0) or not o["created_at"].endswith("+00:00"):
        err("%s: offset" % i)
    if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
        err("%s: timestamp %s outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % (i, o["created_at"]))
    if o["platform"] not in ("x", "facebook", "bluesky"): err("%s: platform" % i)
    if o["account"] not in ("councillor", "personal"): err("%s: account" % i)
    if o["kind"] != "post": err("%s: kind" % i)
    e = o["expect"]
    rules, allowed, v = e["rules"], e["allowed"], e["verdict"]
    for r in rules + allowed:
        if r not in SEV:
            err("%s: unknown rule %s" % (i, r))
    if set(rules) & set(allowed): err("%s: rule both expected and allowed" % i)
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed): err("%s: duplicate rule" % i)
    if v not in ORDER: err("%s: verdict %s" % (i, v)); continue
    if rules:
        lo = max((ORDER.index(SEV[r][0]) for r in rules if r in SEV), default=0)
        hi = max((ORDER.index(SEV[r][1]) for r in rules if r in SEV), default=0)
        if not lo <= ORDER.index(v) <= hi:
            err("%s: verdict %s does not fit %s" % (i, v, rules))
    elif v != "ok":
        err("%s: no rules but verdict %s" % (i, v))
    k = o["kind_of_row"]
    if k not in ("positive", "hard_negative", "filler"): err("%s: kind_of_row" % i)
    if k == "positive":
        if o["family"] not in rules: err("%s: family %s not expected" % (i, o["family"]))
        if o["family"] == "interests.declared-interest":
            mine = [x for x, h in holders.items() if handles[o["author"]] == h]
            if not mine: err("%s: interest positive by a councillor with no registered interest" % i)
    else:
        if rules or v != "ok" or o["family"] != "hard_negative":
            err("%s: hard negative/filler must expect nothing, verdict ok" % i)

byid = {o["id"]: o for o in rows}
for o in rows:
    if "variant_of" in o:
        src = byid.get(o["variant_of"])
        if not src: err("%s: variant_of missing target" % o["id"]); continue
        if "variant_of" in src: err("%s: variant of a variant" % o["id"])
        if src["expect"] != o["expect"]: err("%s: variant labels differ" % o["id"])
        if src["author"] != o["author"]: err("%s: variant author differs" % o["id"])
        if "variant" not in o["note"].lower(): err("%s: variant not marked in note" % o["id"])
originals = {o["variant_of"] for o in rows if "variant_of" in o}
if len(originals) != 8: err("expected variants of 8 originals, got %d" % len(originals))

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
