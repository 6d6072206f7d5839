#!/usr/bin/env python3
"""Checks blind set b40. Prints OK when every check passes."""
import json, re, sys, datetime, collections, pathlib, tomllib

HERE = pathlib.Path(__file__).resolve().parent
ORDER = ["ok", "advice", "review", "block"]
# severities per RULES.md (minimum, maximum)
SEV = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"), "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"), "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"), "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"), "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"), "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"), "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"), "tone.irony-risk": ("advice", "advice"),
}
FAMILIES = ["respect.personal-attack", "bullying.intimidation", "equality.discrimination",
            "defamation.allegation", "respect.abusive-language"]
KINDS = ["asterisk", "digit", "zwsp", "spaced", "cyrillic", "caps"]
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]

def rule_ids_from_rules_md():
    for cand in [HERE.parents[2] / "shared" / "design" / "RULES.md", HERE.parents[1] / "shared" / "design" / "RULES.md",
                 HERE.parents[3] / "shared" / "design" / "RULES.md" if len(HERE.parents) > 3 else None]:
        if cand and cand.exists():
            ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", cand.read_text(encoding="utf-8"), re.M))
            return ids
    return None

def main():
    errs = []
    def err(m): errs.append(m)
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = set(council["people"]["handles"])
    assert council["council"]["code"] == "bexley"
    md_ids = rule_ids_from_rules_md()
    if md_ids is not None:
        for r in SEV:
            if r not in md_ids:
                err(f"rule {r} not in RULES.md tables")
    known = md_ids if md_ids is not None else set(SEV)
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f"line {n}: does not parse: {e}")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    by_id = {r.get("id"): r for r in rows}
    fam_pos = collections.Counter(); hn_groups = collections.Counter(); var = collections.Counter()
    for r in rows:
        i = r.get("id")
        for k in REQ:
            if k not in r:
                err(f"{i}: missing {k}")
        if not re.fullmatch(r"b40-\d{3}", str(i)):
            err(f"{i}: id pattern")
        if r.get("author") not in handles or r.get("author") == "@YstradGwynCBC":
            err(f"{i}: author {r.get('author')} not a councillor handle")
        if r.get("platform") not in ("x", "facebook", "bluesky"): err(f"{i}: platform")
        if r.get("account") not in ("councillor", "personal"): err(f"{i}: account")
        if r.get("kind") != "post": err(f"{i}: kind")
        if not r.get("text", "").strip(): err(f"{i}: empty text")
        try:
            t = datetime.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != datetime.timedelta(0): err(f"{i}: offset not +00:00")
            if t.weekday() > 4: err(f"{i}: weekend")
            if not (8 <= t.hour <= 18): err(f"{i}: hour {t.hour}")
            if not (datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)): err(f"{i}: date range")
        except Exception as e:
            err(f"{i}: created_at {e}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in known or x not in SEV: err(f"{i}: unknown rule {x}")
        if set(rules) & set(allowed): err(f"{i}: rule both expected and allowed")
        if len(rules) != len(set(rules)) or len(allowed) != len(set(allowed)): err(f"{i}: duplicate rule")
        if verdict not in ORDER: err(f"{i}: verdict {verdict}")
        elif rules:
            lo = max(ORDER.index(SEV[x][0]) for x in rules if x in SEV)
            hi = max(ORDER.index(SEV[x][1]) for x in rules if x in SEV)
            if not (lo <= ORDER.index(verdict) <= hi): err(f"{i}: verdict {verdict} does not fit {rules}")
        elif verdict != "ok": err(f"{i}: no rules but verdict {verdict}")
        kr = r.get("kind_of_row")
        if kr == "hard_negative":
            if rules or verdict != "ok" or r.get("family") != "hard_negative": err(f"{i}: hard negative labels")
            m = re.match(r"\[(HN[1-6]):", r.get("note", ""))
            if not m: err(f"{i}: hard negative note lacks group tag")
            else: hn_groups[m.group(1)] += 1
        elif kr == "positive":
            if r.get("family") not in FAMILIES: err(f"{i}: family {r.get('family')}")
            elif r["family"] not in rules: err(f"{i}: family rule not expected")
            if r.get("family") == "bullying.intimidation" and not re.search(r"\[(explicit|veiled|pressure)\]", r["note"]):
                err(f"{i}: bullying note tag")
            if r.get("family") == "equality.discrimination" and not re.search(r"\[(explicit|coded); [^\]]+\]", r["note"]):
                err(f"{i}: equality note tag")
            if "variant_of" in r:
                o = by_id.get(r["variant_of"])
                if not o or "variant_of" in o: err(f"{i}: variant_of bad")
                else:
                    if o["expect"]["rules"] != rules or o["expect"]["verdict"] != verdict or o["family"] != r["family"]:
                        err(f"{i}: variant labels differ from original")
                    extra = set(allowed) - set(o["expect"]["allowed"])
                    if extra - {"haste.pause-before-posting"} or (extra and r.get("variant_kind") != "caps"):
                        err(f"{i}: variant allowed differs")
                    if o["text"] == r["text"]: err(f"{i}: variant text unchanged")
                if r.get("variant_kind") not in KINDS: err(f"{i}: variant_kind")
                var[(r["family"], r.get("variant_kind"))] += 1
            else:
                fam_pos[r["family"]] += 1
        else:
            err(f"{i}: kind_of_row {kr}")
    for fam in FAMILIES:
        if fam_pos[fam] < 34: err(f"only {fam_pos[fam]} positives for {fam}")
        for k in KINDS:
            if var[(fam, k)] < 1: err(f"no {k} variant for {fam}")
    if sum(hn_groups.values()) < 130: err("fewer than 130 hard negatives")
    for g in ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]:
        if hn_groups[g] < 18: err(f"only {hn_groups[g]} in {g}")
    if len(rows) < 330: err("fewer than 330 rows")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
