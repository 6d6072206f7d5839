#!/usr/bin/env python3
"""Validate the b54 blind set. Prints OK when every check passes."""
import json, re, sys, datetime, pathlib, collections

HERE = pathlib.Path(__file__).resolve().parent

BUILTIN_RULES = """respect.personal-attack respect.abusive-language bullying.intimidation
equality.discrimination officers.impartiality confidentiality.disclosure
confidentiality.insider-advantage data-protection.personal-data predetermination.closed-mind
capacity.council-voice resources.political-use position.improper-advantage
interests.declared-interest gifts.hospitality defamation.allegation copyright.third-party-content
haste.pause-before-posting meetings.during-meeting security.credentials tone.irony-risk
association.endorsed-content harassment.repeated-target moderation.third-party-comments
capacity.mixed-account""".split()

# (lowest, highest) severity each rule can carry, per RULES.md
SEV = {
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
    "association.endorsed-content": ("advice", "review"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMS = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
        "equality.discrimination", "defamation.allegation"]
KINDS = {"star", "digit", "zwsp", "spaced", "cyrillic", "caps"}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
       "family", "kind_of_row", "note"]


def rule_ids():
    for p in [HERE] + list(HERE.parents):
        f = p / "shared" / "design" / "RULES.md"
        if f.exists():
            ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", f.read_text(), re.M))
            if ids:
                return ids
    return set(BUILTIN_RULES)


def main():
    errs = []
    import tomllib
    cfg = tomllib.load(open(HERE / "council.toml", "rb"))
    assert set(cfg) == {"council", "people"}, "council.toml must have only [council] and [people]"
    cllrs = set(cfg["people"]["councillors"])
    handles = {h for h, n in cfg["people"]["handles"].items() if n in cllrs}
    rules = rule_ids()
    rows = []
    for ln, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    byid = {r.get("id"): r for r in rows}
    counts = collections.Counter()
    vkinds = collections.defaultdict(collections.Counter)
    for r in rows:
        i = r.get("id")
        for k in REQ:
            if k not in r:
                errs.append(f"{i}: missing {k}")
        if not re.fullmatch(r"b54-\d{3}", str(i)):
            errs.append(f"{i}: bad id")
        if r.get("author") not in handles:
            errs.append(f"{i}: author not a councillor handle")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            errs.append(f"{i}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errs.append(f"{i}: account/kind")
        try:
            t = datetime.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != datetime.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append(f"{i}: offset")
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                errs.append(f"{i}: not weekday 08-18")
            if not (datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)):
                errs.append(f"{i}: date range")
        except Exception as e:
            errs.append(f"{i}: created_at {e}")
        ex = r.get("expect", {})
        er, ea, v = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in er + ea:
            if x not in rules:
                errs.append(f"{i}: unknown rule {x}")
        if set(er) & set(ea):
            errs.append(f"{i}: rule both expected and allowed")
        if len(set(er)) != len(er) or len(set(ea)) != len(ea):
            errs.append(f"{i}: duplicate rule")
        if v not in RANK:
            errs.append(f"{i}: verdict")
            continue
        if er:
            lo = max(RANK[SEV[x][0]] for x in er)
            hi = max(RANK[SEV[x][1]] for x in er)
            if not (lo <= RANK[v] <= hi):
                errs.append(f"{i}: verdict {v} does not fit {er}")
        elif v != "ok":
            errs.append(f"{i}: no rules but verdict {v}")
        fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
        if kor == "hard_negative":
            if fam != "hard_negative" or er or v != "ok":
                errs.append(f"{i}: hard negative labels")
            tags = re.findall(r"\bHN[1-6]\b", note)
            if len(tags) != 1 or not note.startswith(tags[0] + " "):
                errs.append(f"{i}: HN tag")
            else:
                counts[tags[0]] += 1
        elif kor == "positive":
            if fam not in FAMS or fam not in er:
                errs.append(f"{i}: positive family rule not expected")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                errs.append(f"{i}: bullying tag")
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded); [a-z ]+\] ", note):
                errs.append(f"{i}: equality tag")
            if "variant_of" in r:
                o = byid.get(r["variant_of"])
                if not o or "variant_of" in o:
                    errs.append(f"{i}: bad variant_of")
                else:
                    if (o["expect"]["rules"] != er or o["expect"]["verdict"] != v or o["family"] != fam
                            or o["author"] != r["author"] or o["platform"] != r["platform"]):
                        errs.append(f"{i}: variant labels differ from original")
                    extra = set(ea) - set(o["expect"]["allowed"])
                    if extra - {"haste.pause-before-posting"}:
                        errs.append(f"{i}: variant allowed differs")
                    if o["text"] == r["text"]:
                        errs.append(f"{i}: variant text unchanged")
                k = r.get("variant_kind")
                if k not in KINDS:
                    errs.append(f"{i}: variant_kind")
                vkinds[fam][k] += 1
                if k == "caps" and "haste.pause-before-posting" not in ea:
                    errs.append(f"{i}: caps variant lacks haste allowed")
                counts["variant"] += 1
            else:
                counts[fam] += 1
        else:
            errs.append(f"{i}: kind_of_row {kor}")
    for f in FAMS:
        if counts[f] < 34:
            errs.append(f"family {f}: {counts[f]} originals")
        if vkinds[f] != collections.Counter({k: 1 for k in KINDS}):
            errs.append(f"family {f}: variant kinds {dict(vkinds[f])}")
    for t in ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]:
        if counts[t] != 22:
            errs.append(f"{t}: {counts[t]}")
    if len(rows) != 332:
        errs.append(f"total {len(rows)}")
    if errs:
        print("\n".join(errs[:50]))
        print(f"FAIL ({len(errs)} problems)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
