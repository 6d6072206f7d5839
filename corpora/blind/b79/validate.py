#!/usr/bin/env python3
"""Checks blind evaluation set b79 and prints OK (or the problems found)."""
import csv
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "b79"
START, END = datetime(2026, 1, 5).date(), datetime(2026, 3, 27).date()

# built-in copy of the rule ids and severities, used when RULES.md is not found
BUILTIN = {
    "respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"}, "equality.discrimination": {"block"},
    "officers.impartiality": {"review"}, "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"}, "capacity.council-voice": {"review"},
    "resources.political-use": {"review"}, "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"}, "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"}, "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"}, "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"}, "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"}, "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
            "predetermination.closed-mind", "interests.declared-interest",
            "data-protection.personal-data", "security.credentials",
            "confidentiality.disclosure", "tone.irony-risk"]
# words that name each pending matter (reference, site or applicant)
PENDING_NAMES = {
    "25/04127/FUL": ["Furnace Bank", "Severnside"],
    "25/04388/FUL": ["Mardle"],
    "25/04502/OUT": ["Castle Lane", "Ledwyche"],
    "25/04610/FUL": ["Old Tannery", "Amble Living"],
    "25/04733/FUL": ["Cwm Hir", "Borderstone"],
    "25/04815/LBC": ["Boar's Head", "Marcher Inns"],
    "26/00042/FUL": ["Wenlas Meadows", "Sunmarch"],
    "LIC/26/0031": ["Drovers Arms"],
    "LIC/26/0044": ["Showground", "Thunder Live", "Marches Thunder"],
    "LIC/26/0057": ["Late Shop"],
}


def rule_table():
    for up in [HERE, *HERE.parents]:
        p = up / "shared" / "design" / "RULES.md"
        if p.is_file():
            out = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 5 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sev = cells[-1]
                    if "same as the amplified" in sev:
                        out[cells[0]] = {"advice", "review", "block"}
                    else:
                        out[cells[0]] = {s for s in ("advice", "review", "block") if s in sev}
            if out:
                return out, "RULES.md"
    return BUILTIN, "built-in copy"


def main():
    errs = []
    rules, src = rule_table()
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = cfg["people"]["handles"]
    council_name = cfg["council"]["name"]
    personal = {"@ifor_ravensholt_ewes", "@kerry_bakes_lydcote"}
    councillors = set(cfg["people"]["councillors"])
    for h in personal:
        if h not in handles:
            errs.append(f"personal handle {h} missing from council.toml")
    self_ = cfg["self"]
    self_handles = {h for h, n in handles.items() if n == self_["name"]}
    terms = cfg["registers"]["confidential_terms"]
    holders = cfg["registers"]["interest_holders"]
    with open(HERE / "pending.csv", encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    with open(HERE / "meetings.csv", encoding="utf-8") as f:
        meetings = [(datetime.fromisoformat(r["start"]), datetime.fromisoformat(r["end"]))
                    for r in csv.DictReader(f)]
    if {p["reference"] for p in pending} != set(PENDING_NAMES):
        errs.append("pending.csv references differ from validate.py's list")

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: {e}")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            errs.append(f"duplicate id {i}")
    last = None
    pos, hn, fill = Counter(), Counter(), 0
    expecting = Counter()
    for r in rows:
        rid = r.get("id", "?")
        def bad(msg):
            errs.append(f"{rid}: {msg}")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in r:
                bad(f"missing {k}")
        if not re.fullmatch(PREFIX + r"-\d{3}", rid):
            bad("bad id")
        a = r.get("author")
        if a not in handles or handles.get(a) == council_name or handles.get(a) not in councillors:
            bad(f"author {a} is not a councillor handle")
        if (r.get("account") == "personal") != (a in personal):
            bad("account must be personal exactly for the personal handles")
        if r.get("account") not in ("personal", "councillor"):
            bad("account value")
        if r.get("kind") != "post":
            bad("kind")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            bad("platform")
        ts = r.get("created_at", "")
        if not ts.endswith("+00:00"):
            bad("timestamp offset")
        t = datetime.fromisoformat(ts)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            bad(f"timestamp {ts} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        for s, e in meetings:
            if s <= t <= e:
                bad("timestamp inside a meeting")
        last = max(last, t) if last else t
        text = r.get("text", "")
        low0 = text.lower()
        # the author is never named in the post
        nm = handles.get(a, "")
        surname = nm.split(" ", 1)[-1] if nm else ""
        bare = text
        for body, holder in holders.items():   # a holder's own body may carry the surname
            if holder == nm:
                bare = bare.replace(body, "").replace(body.split(" ")[0] + " Agricultural", "")
        if (surname and re.search(r"\b" + re.escape(surname) + r"\b", bare)) or (a and a.lower() in low0):
            bad("author named in own post")
        ex = r.get("expect", {})
        er, al, v = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in er + al:
            if x not in rules:
                bad(f"unknown rule {x} ({src})")
        if len(set(er)) != len(er) or len(set(al)) != len(al) or set(er) & set(al):
            bad("rule repeated or both expected and allowed")
        if v not in RANK:
            bad("verdict")
        if not er:
            if v != "ok":
                bad("nothing expected but verdict not ok")
        else:
            lo = max(min(RANK[s] for s in rules.get(x, {"review"})) for x in er)
            hi = max(max(RANK[s] for s in rules.get(x, {"review"})) for x in er)
            allowed_levels = set().union(*[rules.get(x, set()) for x in er])
            if not (lo <= RANK.get(v, -1) <= hi) or v not in allowed_levels:
                bad(f"verdict {v} does not fit {er}")
        for x in er:
            expecting[x] += 1
        k = r.get("kind_of_row")
        fam = r.get("family")
        if k == "positive":
            pos[fam] += 1
            if fam not in er:
                bad("positive does not expect its family")
        elif k == "hard_negative":
            hn[fam] += 1
            if er or v != "ok":
                bad("hard negative expects something")
            if r.get("near_miss_of") not in FAMILIES:
                bad("hard negative needs near_miss_of")
        elif k == "filler":
            fill += 1
            if er or al or v != "ok":
                bad("filler must expect and allow nothing")
        else:
            bad("kind_of_row")
        low = text.lower()
        for term in terms:
            if term.lower() in low:
                if "confidentiality.disclosure" not in er or v != "block":
                    bad(f"names register term {term} but is not disclosure block")
        if fam == "predetermination.closed-mind" and k == "positive":
            hit = any(w.lower() in low for ws in PENDING_NAMES.values() for w in ws) or \
                any(p["reference"] in text for p in pending)
            if hit and v != "block":
                bad("predetermination positive names a pending matter but is not block")
            if not hit and v == "block":
                bad("predetermination positive names no pending matter but is block")
        if fam == "interests.declared-interest" and k == "positive":
            i = r.get("interest")
            if i not in holders:
                bad("declared-interest positive without a registered interest")
            elif handles.get(a) != holders[i]:
                bad("declared-interest positive not written by the interest holder")
        if (self_["phone"] in text or self_["email"].lower() in low) and a not in self_handles:
            bad("self contact details in a post not by [self]")
    for p in pending:
        if last and datetime.fromisoformat(p["decision_date"] + "T00:00:00+00:00") <= last:
            errs.append(f"pending {p['reference']} decided before the last post")
    for fam in FAMILIES:
        if pos[fam] < 20:
            errs.append(f"{fam}: only {pos[fam]} positives")
        if hn[fam] < 20:
            errs.append(f"{fam}: only {hn[fam]} hard negatives")
    if fill < 40:
        errs.append(f"only {fill} fillers")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"OK ({len(rows)} rows, rule ids from {src})")


if __name__ == "__main__":
    main()
