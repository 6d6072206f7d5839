#!/usr/bin/env python3
"""Checks blind set b38. Prints OK or the list of problems."""
import json, re, sys, datetime, pathlib

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = pathlib.Path(__file__).resolve().parent
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
ID_RE = re.compile(r"^b38-\d{3}$")
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind",
            "expect", "family", "kind_of_row", "note"]
OBFS = {"asterisk", "digit", "zero-width-space", "spaced-letters", "cyrillic-homoglyph"}

# Fallback copy of the single-post rule table (id -> (base severity, can block))
FALLBACK = {
    "respect.personal-attack": ("review", True), "respect.abusive-language": ("review", True),
    "bullying.intimidation": ("block", True), "equality.discrimination": ("block", True),
    "officers.impartiality": ("review", False), "confidentiality.disclosure": ("review", True),
    "confidentiality.insider-advantage": ("review", False), "data-protection.personal-data": ("review", True),
    "predetermination.closed-mind": ("review", True), "capacity.council-voice": ("review", False),
    "resources.political-use": ("review", False), "position.improper-advantage": ("review", False),
    "interests.declared-interest": ("review", False), "gifts.hospitality": ("advice", False),
    "defamation.allegation": ("review", True), "copyright.third-party-content": ("advice", False),
    "haste.pause-before-posting": ("advice", False), "meetings.during-meeting": ("advice", False),
    "security.credentials": ("block", True), "tone.irony-risk": ("advice", False),
}


def load_rules():
    for base in [HERE, *HERE.parents]:
        p = base / "shared" / "design" / "RULES.md"
        if p.exists():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                sev_cell = line.rstrip().rstrip("|").split("|")[-1].strip()
                found = [s for s in ("advice", "review", "block") if s in sev_cell]
                base_sev = found[0] if found else None
                rules[m.group(1)] = (base_sev, "block" in sev_cell)
            return rules
    return FALLBACK


def handles():
    text = (HERE / "council.toml").read_text(encoding="utf-8")
    if tomllib:
        data = tomllib.loads(text)
        h = data["people"]["handles"]
        councillors = set(data["people"]["councillors"])
        return {k for k, v in h.items() if v in councillors}
    return set(re.findall(r'^"(@\w+)"\s*=\s*"', text, re.M)) - {"@VStallardMP", "@SevernholtDC"}


def main():
    errs = []
    rules = load_rules()
    authors = handles()
    rows, ids = [], set()
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append("line %d: does not parse: %s" % (n, e)); continue
        rows.append(r)
        rid = r.get("id")
        for k in REQUIRED:
            if k not in r:
                errs.append("%s: missing %s" % (rid, k))
        if not ID_RE.match(str(rid)):
            errs.append("%s: bad id" % rid)
        if rid in ids:
            errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        if r.get("author") not in authors:
            errs.append("%s: author %s not a councillor handle" % (rid, r.get("author")))
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            errs.append("%s: platform" % rid)
        if r.get("account") not in {"councillor", "personal"} or r.get("kind") != "post":
            errs.append("%s: account/kind" % rid)
        try:
            t = datetime.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != datetime.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append("%s: offset not +00:00" % rid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                errs.append("%s: not a weekday daytime" % rid)
            if not (datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)):
                errs.append("%s: date out of range" % rid)
        except Exception as e:
            errs.append("%s: created_at %s" % (rid, e))
        ex = r.get("expect", {})
        exp, allw, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for rule in exp + allw:
            if rule not in rules:
                errs.append("%s: unknown rule %s" % (rid, rule))
        if set(exp) & set(allw):
            errs.append("%s: rule both expected and allowed" % rid)
        if len(set(exp)) != len(exp) or len(set(allw)) != len(allw):
            errs.append("%s: duplicate rule" % rid)
        kor = r.get("kind_of_row")
        if kor not in {"positive", "hard_negative", "filler"}:
            errs.append("%s: kind_of_row" % rid)
        if kor in {"hard_negative", "filler"}:
            if exp or verdict != "ok" or r.get("family") != "hard_negative":
                errs.append("%s: hard negative/filler must expect nothing and ok" % rid)
        if kor == "positive":
            if r.get("family") not in exp:
                errs.append("%s: family rule not expected" % rid)
            if not exp:
                errs.append("%s: positive with no rules" % rid)
        if not str(r.get("note", "")).strip():
            errs.append("%s: empty note" % rid)
        if exp and all(rule in rules for rule in exp):
            base = max((rules[x][0] for x in exp), key=lambda s: RANK[s])
            if verdict != base and not (verdict == "block" and any(rules[x][1] for x in exp)):
                errs.append("%s: verdict %s does not fit %s" % (rid, verdict, exp))
        elif not exp and verdict != "ok":
            errs.append("%s: no rules but verdict %s" % (rid, verdict))
    byid = {r["id"]: r for r in rows if "id" in r}
    for r in rows:
        if "variant_of" in r or "obfuscation" in r:
            o = byid.get(r.get("variant_of"))
            if o is None or "variant_of" in o:
                errs.append("%s: variant_of does not point at an original" % r["id"]); continue
            if r.get("obfuscation") not in OBFS:
                errs.append("%s: obfuscation kind" % r["id"])
            for k in ("expect", "author", "family", "kind_of_row", "platform"):
                if r.get(k) != o.get(k):
                    errs.append("%s: %s differs from original" % (r["id"], k))
            if r["text"] == o["text"]:
                errs.append("%s: variant text identical" % r["id"])
            if r.get("obfuscation") == "zero-width-space" and "\u200b" not in r["text"]:
                errs.append("%s: no U+200B" % r["id"])
            if r.get("obfuscation") == "cyrillic-homoglyph" and not re.search("[\u0400-\u04ff]", r["text"]):
                errs.append("%s: no Cyrillic letter" % r["id"])
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
