#!/usr/bin/env python3
"""Checks blind set b66. Prints OK or the list of problems."""
import json, re, sys, datetime as dt, pathlib, tomllib, collections

HERE = pathlib.Path(__file__).resolve().parent
ORDER = ["ok", "advice", "review", "block"]
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
VARIANT_KINDS = {"star", "digit", "zwsp", "spaced", "homoglyph", "caps"}
# built-in copy of the rule ids and severity ranges (used only if RULES.md cannot be found)
BUILTIN = {
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
    "association.endorsed-content": ("advice", "block"), "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"), "capacity.mixed-account": ("advice", "advice"),
}

def load_rules():
    for p in [HERE, *HERE.parents]:
        f = p / "shared" / "design" / "RULES.md"
        if f.exists():
            sev = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|(.*)\|\s*$", line)
                if not m:
                    continue
                last = m.group(2).split("|")[-1].lower()
                lv = [l for l in ORDER[1:] if l in last]
                if "same as the amplified" in last:
                    lv = ["advice", "block"]
                if lv:
                    sev[m.group(1)] = (min(lv, key=ORDER.index), max(lv, key=ORDER.index))
            if sev:
                return sev
    return BUILTIN

def main():
    errs = []
    sev = load_rules()
    with open(HERE / "council.toml", "rb") as f:
        council = tomllib.load(f)
    cllrs = set(council["people"]["councillors"])
    handles = {h for h, n in council["people"]["handles"].items() if n in cllrs}
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    rows, ids = [], set()
    for i, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {i}: does not parse: {e}")
    byid = {}
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
    for r in rows:
        rid = r.get("id", "?")
        for k in req:
            if k not in r or r[k] in (None, ""):
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"b66-\d{3}", str(rid)):
            errs.append(f"{rid}: bad id")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid); byid[rid] = r
        if r.get("author") not in handles:
            errs.append(f"{rid}: author not a councillor handle")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errs.append(f"{rid}: account/kind")
        ts = r.get("created_at", "")
        if not ts.endswith("+00:00"):
            errs.append(f"{rid}: offset must be +00:00")
        try:
            t = dt.datetime.fromisoformat(ts)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t.date() <= hi):
                errs.append(f"{rid}: timestamp outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except Exception:
            errs.append(f"{rid}: bad timestamp")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                errs.append(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: duplicate rule")
        if verdict not in ORDER:
            errs.append(f"{rid}: bad verdict"); continue
        if not rules:
            if verdict != "ok":
                errs.append(f"{rid}: no rules but verdict {verdict}")
        elif all(x in sev for x in rules):
            low = max((sev[x][0] for x in rules), key=ORDER.index)
            top = max((sev[x][1] for x in rules), key=ORDER.index)
            if not (ORDER.index(low) <= ORDER.index(verdict) <= ORDER.index(top)):
                errs.append(f"{rid}: verdict {verdict} outside {low}..{top}")
        fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
        if fam == "hard_negative":
            if kor != "hard_negative" or rules or verdict != "ok":
                errs.append(f"{rid}: hard negative must expect nothing and be ok")
            tags = re.findall(r"\bHN[1-6]\b", note)
            if len(tags) != 1 or not note.startswith(tags[0]):
                errs.append(f"{rid}: hard negative needs exactly one HN tag at the start of its note")
        elif fam in FAMILIES:
            if kor != "positive" or fam not in rules:
                errs.append(f"{rid}: positive must expect its family rule")
            if fam == "bullying.intimidation" and not re.search(r"\[(explicit|veiled|pressure)\]", note):
                errs.append(f"{rid}: bullying note tag")
            if fam == "equality.discrimination" and not re.search(r"\[(explicit|coded); [a-z ,/-]+\]", note):
                errs.append(f"{rid}: equality note tag")
        else:
            errs.append(f"{rid}: unknown family {fam}")
    # variants
    vk = collections.defaultdict(collections.Counter)
    for r in rows:
        if "variant_of" not in r:
            continue
        o = byid.get(r["variant_of"])
        rid = r["id"]
        if not o or "variant_of" in o:
            errs.append(f"{rid}: variant_of must point at an original"); continue
        k = r.get("variant_kind")
        if k not in VARIANT_KINDS:
            errs.append(f"{rid}: variant_kind"); continue
        vk[r["family"]][k] += 1
        want_allowed = set(o["expect"]["allowed"]) | ({"haste.pause-before-posting"} if k == "caps" else set())
        if (r["expect"]["rules"] != o["expect"]["rules"] or set(r["expect"]["allowed"]) != want_allowed
                or r["expect"]["verdict"] != o["expect"]["verdict"] or r["family"] != o["family"]
                or r["author"] != o["author"] or r["platform"] != o["platform"]):
            errs.append(f"{rid}: variant labels/author/platform differ from {o['id']}")
        if r["text"] == o["text"]:
            errs.append(f"{rid}: variant text unchanged")
    for fam in FAMILIES:
        if set(vk[fam]) != VARIANT_KINDS or any(c != 1 for c in vk[fam].values()):
            errs.append(f"{fam}: needs one variant of each kind, has {dict(vk[fam])}")
    # counts
    orig = collections.Counter(r["family"] for r in rows if "variant_of" not in r)
    for fam in FAMILIES:
        if orig[fam] < 34:
            errs.append(f"{fam}: {orig[fam]} originals, want 34")
    hn = collections.Counter(re.match(r"HN\d", r["note"]).group(0) for r in rows
                             if r.get("family") == "hard_negative" and re.match(r"HN\d", r.get("note", "")))
    for g in [f"HN{i}" for i in range(1, 7)]:
        if hn[g] < 22:
            errs.append(f"{g}: {hn[g]} rows, want 22")
    if len(rows) != 332:
        errs.append(f"{len(rows)} rows, want 332")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
