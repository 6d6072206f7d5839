#!/usr/bin/env python3
"""Checks blind set b48. Prints OK when every check passes."""
import collections
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# copy of RULES.md single-post rule severities (min, max), used if RULES.md is not found
FALLBACK = {
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
    "tone.irony-risk": ("advice", "advice"), "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"), "capacity.mixed-account": ("advice", "advice"),
}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
HN_TAGS = ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]
VKINDS = {"asterisk", "digit", "zwsp", "spaced", "homoglyph", "caps"}


def load_rules():
    for d in [HERE, *HERE.parents]:
        f = d / "shared" / "design" / "RULES.md"
        if f.is_file():
            sev = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    cell = line.rstrip().rstrip("|").split("|")[-1].lower()
                    found = [s for s in ("advice", "review", "block") if s in cell]
                    if not found:  # e.g. "same as the amplified rule, one level lower"
                        found = ["advice", "review", "block"]
                    sev[m.group(1)] = (min(found, key=ORDER.get), max(found, key=ORDER.get))
            if sev:
                return sev
    return FALLBACK


def main():
    errs = []
    sev = load_rules()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    councillors = set(council["people"]["councillors"])
    handles = {h for h, n in council["people"]["handles"].items() if n in councillors}
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: {e}")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    byid = {r.get("id"): r for r in rows}
    need = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
            "kind_of_row", "note"]
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        i = r.get("id")
        for k in need:
            if k not in r:
                errs.append(f"{i}: missing {k}")
        if not re.fullmatch(r"b48-\d{3}", str(i)):
            errs.append(f"{i}: bad id")
        if not r.get("text"):
            errs.append(f"{i}: empty text")
        if r.get("author") not in handles:
            errs.append(f"{i}: author not a councillor handle")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{i}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errs.append(f"{i}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append(f"{i}: offset")
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t.date() <= hi):
                errs.append(f"{i}: timestamp outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except Exception as e:
            errs.append(f"{i}: created_at {e}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for rule in rules + allowed:
            if rule not in sev:
                errs.append(f"{i}: unknown rule {rule}")
        if set(rules) & set(allowed):
            errs.append(f"{i}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{i}: duplicate rule")
        if not rules:
            if verdict != "ok":
                errs.append(f"{i}: no rules but verdict {verdict}")
        else:
            lo_v = max(ORDER[sev[x][0]] for x in rules if x in sev)
            hi_v = max(ORDER[sev[x][1]] for x in rules if x in sev)
            reachable = {ORDER[s] for x in rules if x in sev for s in sev[x]}
            if verdict not in ORDER or not (lo_v <= ORDER[verdict] <= hi_v) or ORDER[verdict] not in reachable:
                errs.append(f"{i}: verdict {verdict} does not fit {rules}")
        fam, kor, note = r.get("family"), r.get("kind_of_row"), r.get("note", "")
        if kor == "positive":
            if fam not in FAMILIES or fam not in rules:
                errs.append(f"{i}: positive without its family rule")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\]", note) \
                    and "variant_of" not in r:
                errs.append(f"{i}: bullying note tag")
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded); [^\]]+\]", note) \
                    and "variant_of" not in r:
                errs.append(f"{i}: equality note tag")
        elif kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                errs.append(f"{i}: hard negative must expect nothing and be ok")
            if sum(note.startswith(t + ":") for t in HN_TAGS) != 1:
                errs.append(f"{i}: hard negative tag")
        else:
            errs.append(f"{i}: kind_of_row {kor}")
        if "variant_of" in r:
            o = byid.get(r["variant_of"])
            if o is None or "variant_of" in o:
                errs.append(f"{i}: variant_of does not point at an original")
                continue
            for k in ("family", "author", "platform", "kind_of_row"):
                if o.get(k) != r.get(k):
                    errs.append(f"{i}: variant differs from original in {k}")
            if o["expect"]["rules"] != rules or o["expect"]["verdict"] != verdict:
                errs.append(f"{i}: variant labels differ")
            extra = set(allowed) - set(o["expect"]["allowed"])
            if extra - {"haste.pause-before-posting"} or (extra and r.get("variant_kind") != "caps"):
                errs.append(f"{i}: variant allowed differs")
            if r.get("variant_kind") not in VKINDS:
                errs.append(f"{i}: variant_kind")
            if r["text"] == o["text"]:
                errs.append(f"{i}: variant text unchanged")
    # counts
    orig = collections.Counter(r["family"] for r in rows if "variant_of" not in r)
    var = collections.defaultdict(set)
    varn = collections.Counter()
    for r in rows:
        if "variant_of" in r:
            var[r["family"]].add(r.get("variant_kind"))
            varn[r["family"]] += 1
    for f in FAMILIES:
        if orig[f] < 34:
            errs.append(f"{f}: {orig[f]} positives < 34")
        if var[f] != VKINDS or varn[f] != 6:
            errs.append(f"{f}: variants {sorted(var[f])} ({varn[f]})")
    if orig["hard_negative"] < 130:
        errs.append(f"hard negatives {orig['hard_negative']} < 130")
    tags = collections.Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for t in HN_TAGS:
        if tags[t] < 20:
            errs.append(f"{t}: only {tags[t]}")
    if len(rows) < 330:
        errs.append(f"total {len(rows)} < 330")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
