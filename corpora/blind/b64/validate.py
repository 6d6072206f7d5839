#!/usr/bin/env python3
"""Checks blind set b64. Prints OK when every check passes."""
import csv
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
# fallback copy of RULES.md severities (single-post rules), used if RULES.md is not found above this folder
FALLBACK_SEV = {
    "respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"}, "equality.discrimination": {"block"},
    "officers.impartiality": {"review"}, "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"}, "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"}, "capacity.council-voice": {"review"},
    "resources.political-use": {"review"}, "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"}, "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"}, "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"}, "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"}, "tone.irony-risk": {"advice"},
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# cues naming each pending matter (reference, site or applicant)
PENDING_CUES = [
    ["25/04412/FUL", "Clough Lane", "Redmarsh"],
    ["25/05120/FUL", "tannery", "Quadrant Living"],
    ["26/00088/OUT", "Whitacre Moor Farm", "Pelham Strategic Land"],
    ["25/04977/FUL", "14 Market Brow", "Jackpot Alley"],
    ["26/00231/FUL", "quarry extension", "Scarrow Green Quarry", "Dunmore Aggregates"],
    ["25/05301/FUL", "chapel conversion", "Methodist Chapel", "Pennine Conversions"],
    ["26/00410/FUL", "Marlwood Retail Park", "drive-thru at Marlwood", "Buncle's"],
    ["LIC/26/0042", "Snug Bar", "The Snug", "3 Bridge Street"],
    ["LIC/26/0057", "Moss Beats", "Fernclough Park", "Wildmoss"],
    ["LIC/26/0063", "Velvet Lounge", "22 Ropewalk"],
]

errors = []


def err(msg):
    errors.append(msg)


def load_rules_severities():
    d = HERE
    for _ in range(6):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|(.*)\|\s*$", line)
                if m:
                    last = m.group(2).split("|")[-1]
                    sev[m.group(1)] = set(re.findall(r"\b(advice|review|block)\b", last))
            return sev
        d = os.path.dirname(d)
    return FALLBACK_SEV


def load_toml():
    text = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    if tomllib:
        return tomllib.loads(text)
    # minimal fallback: handles, self, registers
    cfg = {"people": {"handles": {}}, "self": {}, "registers": {"confidential_terms": [], "interest_holders": {}}}
    section = None
    in_terms = False
    for line in text.splitlines():
        s = line.split("#")[0].strip() if not line.strip().startswith('"') else line.strip()
        if s.startswith("["):
            section = s.strip("[]")
            in_terms = False
            continue
        if section == "people.handles":
            m = re.match(r'"(@\w+)"\s*=\s*"([^"]+)"', s)
            if m:
                cfg["people"]["handles"][m.group(1)] = m.group(2)
        elif section == "self":
            m = re.match(r'(\w+)\s*=\s*"([^"]+)"', s)
            if m:
                cfg["self"][m.group(1)] = m.group(2)
        elif section == "registers":
            if s.startswith("confidential_terms"):
                in_terms = True
            elif in_terms:
                m = re.match(r'"([^"]+)"', s)
                if m:
                    cfg["registers"]["confidential_terms"].append(m.group(1))
                if s.startswith("]"):
                    in_terms = False
        elif section == "registers.interest_holders":
            m = re.match(r'"([^"]+)"\s*=\s*"([^"]+)"', s)
            if m:
                cfg["registers"]["interest_holders"][m.group(1)] = m.group(2)
    return cfg


def main():
    sev = load_rules_severities()
    cfg = load_toml()
    handles = cfg["people"]["handles"]
    council_handle = "@BrinscoweCouncil"
    personal = {"@stan_pigeons", "@mo_bakes_cakes"}
    selfcfg = cfg.get("self", {})
    terms = cfg["registers"]["confidential_terms"]
    holders = cfg["registers"]["interest_holders"]
    for f in FAMILIES:
        if f not in sev:
            err("family %s not in RULES.md" % f)

    meetings = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            meetings.append((datetime.fromisoformat(r["start"]), datetime.fromisoformat(r["end"])))
    decisions = []
    with open(os.path.join(HERE, "pending.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            decisions.append(datetime.fromisoformat(r["decision_date"] + "T00:00:00+00:00"))

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("line %d does not parse: %s" % (n, e))
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err("duplicate id %s" % i)
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    lo, hi = datetime.fromisoformat("2026-01-05T00:00:00+00:00"), datetime.fromisoformat("2026-03-27T23:59:59+00:00")
    last_post = lo
    pos = Counter()
    hn = Counter()
    fillers = 0
    for r in rows:
        rid = r.get("id", "?")
        for k in required:
            if k not in r:
                err("%s missing %s" % (rid, k))
        if not re.fullmatch(r"b64-\d{3}", str(rid)):
            err("%s bad id" % rid)
        a = r.get("author")
        if a not in handles or a == council_handle:
            err("%s author %s not a councillor handle" % (rid, a))
        if (r.get("account") == "personal") != (a in personal):
            err("%s account/personal handle mismatch" % rid)
        if r.get("account") not in ("councillor", "personal"):
            err("%s bad account" % rid)
        if r.get("kind") != "post":
            err("%s kind not post" % rid)
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err("%s bad platform" % rid)
        ts = r.get("created_at", "")
        if not ts.endswith("+00:00"):
            err("%s timestamp not +00:00" % rid)
        try:
            t = datetime.fromisoformat(ts)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t <= hi):
                err("%s timestamp outside weekday 08:00-18:59 5 Jan-27 Mar 2026" % rid)
            for s, e in meetings:
                if s <= t <= e:
                    err("%s inside a meeting" % rid)
            last_post = max(last_post, t)
        except Exception:
            err("%s timestamp does not parse" % rid)
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                err("%s rule %s not in RULES.md" % (rid, x))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s repeated rule" % rid)
        if set(rules) & set(allowed):
            err("%s rule both expected and allowed" % rid)
        if verdict not in RANK:
            err("%s bad verdict" % rid)
        elif not rules:
            if verdict != "ok":
                err("%s verdict should be ok" % rid)
        else:
            if verdict == "ok":
                err("%s verdict ok with rules" % rid)
            floor = max(min(RANK[s] for s in sev.get(x, {"review"})) for x in rules)
            ceil = max(max(RANK[s] for s in sev.get(x, {"block"})) for x in rules)
            if not (floor <= RANK[verdict] <= ceil) or not any(verdict in sev.get(x, set()) for x in rules):
                err("%s verdict %s does not fit %s" % (rid, verdict, rules))
        kor, fam, text = r.get("kind_of_row"), r.get("family"), r.get("text", "")
        if kor == "positive":
            if fam not in FAMILIES or fam not in rules:
                err("%s positive does not expect its family" % rid)
            pos[fam] += 1
        elif kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                err("%s hard negative must expect nothing" % rid)
            if r.get("near_miss_of") not in FAMILIES:
                err("%s hard negative lacks near_miss_of" % rid)
            hn[r.get("near_miss_of")] += 1
        elif kor == "filler":
            if fam != "filler" or rules or allowed or verdict != "ok":
                err("%s filler must expect and allow nothing" % rid)
            fillers += 1
        else:
            err("%s bad kind_of_row" % rid)
        low = text.lower()
        if any(t.lower() in low for t in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                err("%s names a register term but is not disclosure/block" % rid)
        if "predetermination.closed-mind" in rules:
            names = any(any(c.lower() in low for c in cues) for cues in PENDING_CUES)
            if names and verdict != "block":
                err("%s predetermination naming a pending matter must be block" % rid)
            if kor == "positive" and fam == "predetermination.closed-mind" and not names and verdict == "block":
                err("%s predetermination positive naming no pending matter should be review" % rid)
        if kor == "positive" and fam == "interests.declared-interest":
            interest = r.get("interest")
            if interest not in holders:
                err("%s declared-interest positive lacks a registered interest" % rid)
            elif handles.get(a) != holders[interest]:
                err("%s declared-interest positive not by the holder" % rid)
        for key in ("phone", "email"):
            v = selfcfg.get(key)
            if v and v.lower() in low and handles.get(a) != selfcfg.get("name"):
                err("%s [self] %s in a post by someone else" % (rid, key))
    for d in decisions:
        if d <= last_post:
            err("a pending decision date is not after the last post")
    for f in FAMILIES:
        if pos[f] < 20:
            err("%s has %d positives (<20)" % (f, pos[f]))
        if hn[f] < 20:
            err("%s has %d hard negatives (<20)" % (f, hn[f]))
    if fillers < 40:
        err("only %d fillers" % fillers)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
