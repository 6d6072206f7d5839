#!/usr/bin/env python3
"""Check blind evaluation set b150 and print OK (or the problems found). Standard library only.

-v also prints the counts.
"""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B150"
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PERSONAL = {"@gwilliam_ewes", "@rhi_birds"}
OFFICIAL = "@RedlowHillsDC"
START = dt.date(2026, 9, 14)
END = dt.date(2026, 11, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 60000}
TWELVE = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
          "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
          "predetermination.closed-mind", "interests.declared-interest",
          "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
          "tone.irony-risk"]
# Built-in copy of the severities in the rule catalogue, used when it cannot be found.
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


def rule_severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            out = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    last = line.rstrip().rstrip("|").split("|")[-1].lower()
                    sev = {s for s in ("advice", "review", "block") if s in last}
                    if "same as the amplified" in last:
                        sev = {"advice", "review", "block"}
                    out[m.group(1)] = sev
            if out:
                return out
        up = os.path.dirname(d)
        if up == d:
            return BUILTIN
        d = up


def main():
    errs = []
    err = errs.append
    sev = rule_severities()
    council = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    handles = council["people"]["handles"]
    reg = council["registers"]
    terms = reg["confidential_terms"]
    holders = reg["interest_holders"]
    me = council["self"]
    meetings = []
    for r in csv.DictReader(open(os.path.join(HERE, "meetings.csv"), encoding="utf-8")):
        meetings.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    pending = []
    for r in csv.DictReader(open(os.path.join(HERE, "pending.csv"), encoding="utf-8")):
        keys = [r["reference"], re.sub(r"^Land off ", "", r["address"].split(",")[0])]
        m = re.search(r"applicant ([^;]+)", r["description"])
        if m:
            keys += [m.group(1), re.sub(r" Ltd$", "", m.group(1))]
        m = re.search(r"known as ([^;]+)", r["description"])
        if m:
            keys.append(m.group(1))
        pending.append((keys, dt.date.fromisoformat(r["decision_date"])))

    posts = []
    for i, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            posts.append(json.loads(line))
        except ValueError:
            err("line %d does not parse" % i)
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for n, p in enumerate(posts, 1):
        pid = p.get("id")
        if pid != "%s-%04d" % (SET, n):
            err("%s: id out of order" % pid)
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in p:
                err("%s: missing %s" % (pid, k))
        text, a = p["text"], p["author"]
        low = text.lower()
        if a not in handles or a == OFFICIAL:
            err("%s: author %s" % (pid, a))
        if (p["account"] == "personal") != (a in PERSONAL) or p["account"] not in ("personal", "councillor"):
            err("%s: account" % pid)
        if p["kind"] != "post":
            err("%s: kind" % pid)
        if p["platform"] not in LIMITS or len(text) > LIMITS[p["platform"]]:
            err("%s: platform/length" % pid)
        if a.lower() in low:
            err("%s: mentions its author" % pid)
        t = dt.datetime.fromisoformat(p["created_at"])
        if not p["created_at"].endswith("+00:00"):
            err("%s: offset" % pid)
        if t.weekday() > 4 or not 8 <= t.hour <= 18 or not START <= t.date() <= END:
            err("%s: time %s" % (pid, p["created_at"]))
        if any(s <= t <= e for s, e in meetings):
            err("%s: inside a meeting" % pid)
        for keys, dd in pending:
            if t.date() >= dd:
                err("%s: after a pending decision" % pid)
        e = p["expect"]
        rules, allowed, verdict = e["rules"], e["allowed"], e["verdict"]
        for r in rules + allowed:
            if r not in sev:
                err("%s: unknown rule %s" % (pid, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            err("%s: repeated rule" % pid)
        if verdict not in RANK:
            err("%s: verdict" % pid)
        if not rules and verdict != "ok":
            err("%s: verdict without rules" % pid)
        if rules:
            floor = max(RANK[min(sev[r], key=RANK.get)] for r in rules)
            ceil = max(RANK[max(sev[r], key=RANK.get)] for r in rules)
            possible = set().union(*(sev[r] for r in rules))
            if not (floor <= RANK[verdict] <= ceil and verdict in possible):
                err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        kr, fam = p["kind_of_row"], p["family"]
        if kr == "positive":
            if fam not in rules:
                err("%s: positive without its family" % pid)
        elif kr == "hard_negative":
            if rules or verdict != "ok" or p.get("near_miss_of") != fam or fam not in TWELVE:
                err("%s: hard negative" % pid)
        elif kr == "filler":
            if rules or allowed or verdict != "ok" or fam is not None:
                err("%s: filler" % pid)
        else:
            err("%s: kind_of_row" % pid)
        if any(tm.lower() in low for tm in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                err("%s: names a confidential term" % pid)
        elif kr == "positive" and fam == "confidentiality.disclosure" and verdict == "block":
            err("%s: disclosure block without a register term" % pid)
        names_pending = any(k.lower() in low for keys, _ in pending for k in keys)
        if "predetermination.closed-mind" in rules:
            if names_pending and verdict != "block":
                err("%s: predetermination on a registered matter not block" % pid)
            if not names_pending and kr == "positive" and fam == "predetermination.closed-mind" and verdict != "review":
                err("%s: predetermination off the register not review" % pid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security not block" % pid)
        if fam == "interests.declared-interest" and kr == "positive":
            it = p.get("interest")
            if it not in holders or handles.get(a) != holders[it]:
                err("%s: interest/holder" % pid)
        if (me["email"].lower() in low or me["phone"] in text) and handles.get(a) != me["name"]:
            err("%s: self contact details from another author" % pid)
        for ph in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            if not re.match(r"(07700 ?900|01632 ?960)", ph):
                err("%s: phone %s" % (pid, ph))
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if em.lower() != "example.com":
                err("%s: email domain %s" % (pid, em))
        for dom in re.findall(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co))\b", low):
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err("%s: domain %s" % (pid, dom))

    # no absolute paths in the folder's files
    bad = re.compile("(" + "|".join(["/" + "work/", "/" + "home/", "/" + "Users/", "/" + "tmp/", "[A-Z]:" + r"\\\\"]) + ")")
    for fn in sorted(os.listdir(HERE)):
        fp = os.path.join(HERE, fn)
        if os.path.isfile(fp) and bad.search(open(fp, encoding="utf-8", errors="replace").read()):
            err("absolute path in %s" % fn)
        if fn == "__pycache__":
            err("__pycache__ present")

    pos = collections.Counter(p["family"] for p in posts if p["kind_of_row"] == "positive")
    neg = collections.Counter(p["family"] for p in posts if p["kind_of_row"] == "hard_negative")
    exp = collections.Counter(r for p in posts for r in p["expect"]["rules"])
    fill = sum(p["kind_of_row"] == "filler" for p in posts)
    for r in TWELVE:
        if pos[r] < 15 or neg[r] < 15:
            err("%s: %d positives, %d hard negatives" % (r, pos[r], neg[r]))
    if fill < 30:
        err("only %d fillers" % fill)
    if "-v" in sys.argv:
        for r in TWELVE:
            print("%-36s %3d %3d %3d" % (r, pos[r], neg[r], exp[r]))
        print("fillers", fill, "total", len(posts))
        print("verdicts", dict(collections.Counter(p["expect"]["verdict"] for p in posts)))
        print("platforms", dict(collections.Counter(p["platform"] for p in posts)))
        print("allowed rows", sum(bool(p["expect"]["allowed"]) for p in posts),
              "personal", sum(p["account"] == "personal" for p in posts))
    if errs:
        for e in errs[:60]:
            print(e)
        print("%d problems" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
