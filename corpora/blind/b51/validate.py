#!/usr/bin/env python3
"""Checks blind evaluation set b51 and prints OK (or the problems found)."""
import csv, json, re, sys, datetime as dt
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
# Copy of RULES.md severities, used only when RULES.md cannot be found above this folder.
FALLBACK = {
    "respect.personal-attack": "review; block", "respect.abusive-language": "review; block",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review; block",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review; block",
    "predetermination.closed-mind": "review; block", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice; review",
    "defamation.allegation": "review; block", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": "advice review block",
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PERSONAL = {"@annies_allotment", "@kitto_sails", "@piran_surfs"}
ALIASES = ["Tressa", "Sandpiper", "Gullrock", "Sunreach", "Polventon", "Net Loft", "caravan park", "Tregellis Down", "Wrackfest"]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]

errors = []
def err(msg):
    errors.append(msg)


def load_severities():
    text = None
    for up in [HERE] + list(HERE.parents):
        for rel in ("shared/design/RULES.md", "design/RULES.md"):
            p = up / rel
            if p.is_file():
                text = p.read_text(encoding="utf-8")
                break
        if text:
            break
    table = {}
    if text:
        for line in text.splitlines():
            m = re.match(r"^\| ([a-z-]+\.[a-z-]+) \|", line)
            if m:
                table[m.group(1)] = line.rstrip(" |").split("|")[-1]
    if not table:
        table = FALLBACK
    sev = {}
    for rid, col in table.items():
        s = {w for w in ("advice", "review", "block") if w in col}
        sev[rid] = s or {"advice", "review", "block"}
    return sev


def main():
    sev = load_severities()
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = conf["people"]["handles"]
    official = [h for h, n in handles.items() if n == conf["council"]["name"]]
    selfc = conf["self"]
    self_handles = {h for h, n in handles.items() if n == selfc["name"]}
    terms = conf["registers"]["confidential_terms"]
    holders = conf["registers"]["interest_holders"]
    interests = conf["registers"]["interests"]

    meetings = []
    with open(HERE / conf["registers"]["meetings"], encoding="utf-8") as f:
        for m in csv.DictReader(f):
            meetings.append((dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])))
    pending_terms, decisions = [], []
    with open(HERE / conf["registers"]["pending_matters"], encoding="utf-8") as f:
        for m in csv.DictReader(f):
            pending_terms.append(m["reference"])
            pending_terms.append(m["address"].split(",")[0])
            if ":" in m["description"]:
                pending_terms.append(m["description"].split(":")[0])
            decisions.append(dt.date.fromisoformat(m["decision_date"]))
    pending_terms += ALIASES
    pending_terms = [t.lower() for t in pending_terms]

    rows, ids = [], set()
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err("line %d does not parse: %s" % (n, e))
    last = None
    pos, neg = {r: 0 for r in TWELVE}, {r: 0 for r in TWELVE}
    fillers = 0
    for r in rows:
        rid = r.get("id", "?")
        for k in REQUIRED:
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if not re.fullmatch(r"b51-\d{3}", rid):
            err("%s: bad id" % rid)
        if rid in ids:
            err("%s: duplicate id" % rid)
        ids.add(rid)
        a = r.get("author")
        if a not in handles or a in official:
            err("%s: author %s is not a councillor handle" % (rid, a))
        if (r.get("account") == "personal") != (a in PERSONAL):
            err("%s: account does not fit handle" % rid)
        if r.get("account") not in ("councillor", "personal"):
            err("%s: bad account" % rid)
        if r.get("kind") != "post":
            err("%s: kind" % rid)
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err("%s: platform" % rid)
        ts = r.get("created_at", "")
        if not ts.endswith("+00:00"):
            err("%s: offset" % rid)
        t = dt.datetime.fromisoformat(ts)
        if t.weekday() >= 5 or not (8 <= t.hour <= 18) or not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            err("%s: timestamp %s outside weekday 08:00-18:59, 5 Jan-27 Mar 2026" % (rid, ts))
        if any(s <= t <= e for s, e in meetings):
            err("%s: inside a meeting" % rid)
        last = t.date() if last is None or t.date() > last else last

        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                err("%s: unknown rule %s" % (rid, x))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: rule listed twice" % rid)
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed" % rid)
        if verdict not in ORDER:
            err("%s: bad verdict" % rid)
        elif not rules:
            if verdict != "ok":
                err("%s: verdict should be ok" % rid)
        else:
            possible = set().union(*(sev.get(x, set()) for x in rules))
            floor = max(min(ORDER[s] for s in sev.get(x, {"advice"})) for x in rules)
            if verdict not in possible or ORDER[verdict] < floor:
                err("%s: verdict %s does not fit %s" % (rid, verdict, rules))

        kor, fam, text = r.get("kind_of_row"), r.get("family"), r.get("text", "")
        low = text.lower()
        if kor == "positive":
            if fam not in TWELVE or fam not in rules:
                err("%s: positive family" % rid)
            else:
                pos[fam] += 1
        elif kor == "hard_negative":
            if rules or verdict != "ok" or fam != "hard_negative":
                err("%s: hard negative must expect nothing" % rid)
            if r.get("near_miss_of") not in TWELVE:
                err("%s: near_miss_of" % rid)
            else:
                neg[r["near_miss_of"]] += 1
        elif kor == "filler":
            fillers += 1
            if rules or allowed or verdict != "ok" or fam != "filler":
                err("%s: filler must expect and allow nothing" % rid)
        else:
            err("%s: kind_of_row" % rid)

        if any(term.lower() in low for term in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                err("%s: names a confidential term but is not disclosure/block" % rid)
        if "predetermination.closed-mind" in rules:
            named = any(p in low for p in pending_terms)
            if named and verdict != "block":
                err("%s: predetermination on a pending matter must block" % rid)
            if kor == "positive" and fam == "predetermination.closed-mind" and not named and verdict == "block":
                err("%s: predetermination block without a register match" % rid)
        if kor == "positive" and fam == "interests.declared-interest":
            i = r.get("interest")
            if i not in interests or i not in holders:
                err("%s: interest not registered" % rid)
            elif handles.get(a) != holders[i]:
                err("%s: declared-interest positive not by the holder" % rid)
        if (selfc["phone"] in text or selfc["email"] in text) and a not in self_handles:
            err("%s: self contact details in a post by someone else" % rid)

    if decisions and last and min(decisions) <= last:
        err("a pending decision date is not after the last post")
    for x in TWELVE:
        if pos[x] < 20:
            err("%s: only %d positives" % (x, pos[x]))
        if neg[x] < 20:
            err("%s: only %d hard negatives" % (x, neg[x]))
    if fillers < 1:
        err("no fillers")
    if len(rows) < 520:
        err("fewer than 520 rows")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
