#!/usr/bin/env python3
"""Checks blind set b63. Prints OK or the problems found."""
import json, os, re, sys, tomllib, datetime as dt, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# rule -> (lowest, highest) severity per shared/design/RULES.md (built-in copy; the file is preferred)
BUILTIN = {
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
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = {"asterisk", "digit", "zwsp", "spaced", "homoglyph", "caps"}

def rule_table():
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            out = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    sev = line.rstrip().rstrip("|").split("|")[-1].lower()
                    found = [s for s in ("advice", "review", "block") if s in sev] or ["advice", "block"]
                    out[m.group(1)] = (min(found, key=SEV.get), max(found, key=SEV.get))
            if out:
                return out
        d = os.path.dirname(d)
    return BUILTIN

def main():
    errs = []
    rules = rule_table()
    cfg = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    assert cfg["council"]["code"] == "bexley"
    councillors = set(cfg["people"]["councillors"])
    handles = {h for h, n in cfg["people"]["handles"].items() if n in councillors}
    rows = []
    for i, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append("line %d does not parse: %s" % (i, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    byid = {r.get("id"): r for r in rows}
    need = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
    lo, hi = dt.datetime(2026, 1, 5), dt.datetime(2026, 3, 27, 23, 59)
    vkinds = collections.defaultdict(list)
    for r in rows:
        rid = r.get("id")
        for k in need:
            if k not in r:
                errs.append("%s lacks %s" % (rid, k))
        if not re.fullmatch(r"b63-\d{3}", str(rid)):
            errs.append("%s: bad id" % rid)
        if r.get("author") not in handles:
            errs.append("%s: author %s not a councillor handle" % (rid, r.get("author")))
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append("%s: platform" % rid)
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errs.append("%s: account/kind" % rid)
        ts = r.get("created_at", "")
        if not ts.endswith("+00:00"):
            errs.append("%s: offset" % rid)
        t = dt.datetime.fromisoformat(ts).replace(tzinfo=None)
        if not (lo <= t <= hi) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            errs.append("%s: timestamp %s out of window" % (rid, ts))
        ex = r.get("expect", {})
        er, ea, v = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in er + ea:
            if x not in rules:
                errs.append("%s: unknown rule %s" % (rid, x))
        if set(er) & set(ea):
            errs.append("%s: rule both expected and allowed" % rid)
        if len(set(er)) != len(er) or len(set(ea)) != len(ea):
            errs.append("%s: duplicate rule" % rid)
        if v not in SEV:
            errs.append("%s: verdict %s" % (rid, v))
        elif not er:
            if v != "ok":
                errs.append("%s: no rules but verdict %s" % (rid, v))
        else:
            low = max(SEV[rules[x][0]] for x in er if x in rules)
            high = max(SEV[rules[x][1]] for x in er if x in rules)
            if not (low <= SEV[v] <= high):
                errs.append("%s: verdict %s does not fit %s" % (rid, v, er))
        fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
        if fam == "hard_negative":
            if kor != "hard_negative" or er or v != "ok":
                errs.append("%s: hard negative must expect nothing and be ok" % rid)
            tags = re.findall(r"\bHN[1-6]\b", note)
            if len(tags) != 1 or not note.startswith(tags[0]):
                errs.append("%s: hard negative needs exactly one HN tag at the start" % rid)
            if "variant_of" in r:
                errs.append("%s: variant of a hard negative" % rid)
        elif fam in FAMILIES:
            if kor != "positive" or fam not in er:
                errs.append("%s: positive must expect its family" % rid)
            if fam == "bullying.intimidation" and not re.search(r"\[(explicit|veiled|pressure)\]", note):
                errs.append("%s: bullying note tag" % rid)
            if fam == "equality.discrimination" and not re.search(r"\[(explicit|coded); [^\]]+\]", note):
                errs.append("%s: equality note tag" % rid)
        else:
            errs.append("%s: family %s" % (rid, fam))
        if "variant_of" in r:
            o = byid.get(r["variant_of"])
            if not o or "variant_of" in o:
                errs.append("%s: variant_of points nowhere" % rid)
                continue
            oa = set(o["expect"]["allowed"])
            va = set(ea)
            if r.get("variant_kind") == "caps":
                va.discard("haste.pause-before-posting")
            if set(er) != set(o["expect"]["rules"]) or va != oa or v != o["expect"]["verdict"]:
                errs.append("%s: variant labels differ from %s" % (rid, o["id"]))
            if r["family"] != o["family"] or r["author"] != o["author"] or r["platform"] != o["platform"]:
                errs.append("%s: variant family/author/platform differ" % rid)
            if r.get("variant_kind") not in KINDS or r["text"] == o["text"]:
                errs.append("%s: variant kind/text" % rid)
            vkinds[fam].append(r.get("variant_kind"))
    originals = [r for r in rows if "variant_of" not in r]
    c = collections.Counter(r["family"] for r in originals)
    for f in FAMILIES:
        if c[f] < 34:
            errs.append("family %s has %d originals (< 34)" % (f, c[f]))
        if sorted(vkinds[f]) != sorted(KINDS):
            errs.append("family %s variants %s" % (f, sorted(vkinds[f])))
    if c["hard_negative"] < 132:
        errs.append("only %d hard negatives" % c["hard_negative"])
    hn = collections.Counter(re.match(r"HN\d", r["note"]).group(0) for r in originals if r["family"] == "hard_negative")
    if any(hn["HN%d" % i] < 22 for i in range(1, 7)):
        errs.append("HN groups %s" % dict(hn))
    if len(rows) != 332:
        errs.append("%d rows, expected 332" % len(rows))
    if errs:
        print("\n".join(errs[:60]))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
