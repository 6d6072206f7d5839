#!/usr/bin/env python3
"""Checks blind set b47 and prints OK (or the problems found)."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
# Fallback copy of RULES.md ids and severities (base, highest), used only when
# shared/design/RULES.md cannot be found by walking up from this folder.
FALLBACK = {
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
 "association.endorsed-content": ("advice", "block"),
 "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
 "capacity.mixed-account": ("advice", "advice"),
}
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
KINDS = {"asterisk", "digit", "zero-width", "spaced", "homoglyph", "all-caps"}
HN_TAGS = ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]


def load_rules():
    for p in [HERE, *HERE.parents]:
        f = p / "shared" / "design" / "RULES.md"
        if f.is_file():
            rules = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                sev = line.rstrip().rstrip("|").rsplit("|", 1)[-1].strip()
                found = [s for s in ("advice", "review", "block") if s in sev]
                if "same as the amplified rule" in sev:
                    found = ["advice", "block"]
                lv = sorted(found, key=LEVEL.get)
                rules[m.group(1)] = (lv[0], lv[-1])
            if rules:
                return rules
    return FALLBACK


def main():
    errs = []
    rules = load_rules()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    assert council["council"]["code"] == "bexley"
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    ok_authors = {h for h, p in handles.items() if p in councillors}
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: {e}")
    ids = Counter(r.get("id") for r in rows)
    errs += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    by_id = {r.get("id"): r for r in rows}
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
           "family", "kind_of_row", "note"]
    for r in rows:
        i = r.get("id")
        miss = [k for k in req if k not in r]
        if miss:
            errs.append(f"{i}: missing {miss}")
            continue
        if not re.fullmatch(r"b47-\d{3}", i):
            errs.append(f"{i}: bad id")
        if not r["text"].strip():
            errs.append(f"{i}: empty text")
        if r["author"] not in ok_authors:
            errs.append(f"{i}: author {r['author']} not a councillor handle")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            errs.append(f"{i}: platform")
        if r["account"] not in ("councillor", "personal") or r["kind"] != "post":
            errs.append(f"{i}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if (t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00")
                    or t.weekday() > 4 or not 8 <= t.hour <= 18
                    or not dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                errs.append(f"{i}: timestamp {r['created_at']}")
        except ValueError:
            errs.append(f"{i}: timestamp unparsable")
        e = r["expect"]
        if set(e) != {"rules", "allowed", "verdict"}:
            errs.append(f"{i}: expect keys")
            continue
        for rule in e["rules"] + e["allowed"]:
            if rule not in rules:
                errs.append(f"{i}: unknown rule {rule}")
        if set(e["rules"]) & set(e["allowed"]):
            errs.append(f"{i}: rule both expected and allowed")
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            errs.append(f"{i}: duplicate rule")
        known = [x for x in e["rules"] if x in rules]
        lo = max([LEVEL[rules[x][0]] for x in known], default=0)
        hi = max([LEVEL[rules[x][1]] for x in known], default=0)
        if e["verdict"] not in LEVEL or not lo <= LEVEL[e["verdict"]] <= hi:
            errs.append(f"{i}: verdict {e['verdict']} does not fit {e['rules']}")
        if r["kind_of_row"] == "hard_negative":
            if r["family"] != "hard_negative" or e["rules"] or e["verdict"] != "ok":
                errs.append(f"{i}: hard negative must expect nothing and ok")
            tags = [t for t in HN_TAGS if r["note"].startswith(t + " ")]
            if len(tags) != 1:
                errs.append(f"{i}: hard negative note must start with one group tag")
            if "variant_of" in r:
                errs.append(f"{i}: hard negatives have no variants")
        elif r["kind_of_row"] == "positive":
            if r["family"] not in FAMILIES or r["family"] not in e["rules"]:
                errs.append(f"{i}: positive must expect its family rule")
            if r["family"] == "bullying.intimidation" and not re.search(r"\[(explicit|veiled|pressure)\]", r["note"]):
                errs.append(f"{i}: bullying note tag")
            if r["family"] == "equality.discrimination" and not re.search(r"\[(explicit|coded); [^\]]+\]", r["note"]):
                errs.append(f"{i}: equality note tag")
        else:
            errs.append(f"{i}: kind_of_row {r['kind_of_row']}")
        if "variant_of" in r or "variant_kind" in r:
            o = by_id.get(r.get("variant_of"))
            if o is None or "variant_of" in o:
                errs.append(f"{i}: variant_of must name an original")
            else:
                if r.get("variant_kind") not in KINDS:
                    errs.append(f"{i}: variant_kind")
                if (o["expect"]["rules"] != e["rules"] or o["expect"]["verdict"] != e["verdict"]
                        or o["family"] != r["family"] or o["author"] != r["author"]):
                    errs.append(f"{i}: variant labels differ from original")
                extra = set(e["allowed"]) - set(o["expect"]["allowed"])
                if extra - ({"haste.pause-before-posting"} if r.get("variant_kind") == "all-caps" else set()):
                    errs.append(f"{i}: variant allowed differs")
                if r["text"] == o["text"]:
                    errs.append(f"{i}: variant text unchanged")
    # counts
    orig = Counter(r["family"] for r in rows if "variant_of" not in r)
    var = Counter(r["family"] for r in rows if "variant_of" in r)
    vk = Counter((r["family"], r.get("variant_kind")) for r in rows if "variant_of" in r)
    for f in FAMILIES:
        if orig[f] < 34:
            errs.append(f"{f}: {orig[f]} originals < 34")
        if var[f] != 6 or any(vk[(f, k)] != 1 for k in KINDS):
            errs.append(f"{f}: variants must be one of each kind")
    hn = Counter(next((t for t in HN_TAGS if r["note"].startswith(t + " ")), None)
                 for r in rows if r["kind_of_row"] == "hard_negative")
    for t in HN_TAGS:
        if hn[t] != 22:
            errs.append(f"{t}: {hn[t]} rows, want 22")
    if len(set(r["text"] for r in rows)) != len(rows):
        errs.append("duplicate texts")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
