#!/usr/bin/env python3
"""Validate blind set b180. Prints OK, or the problems found (-v also prints counts)."""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B180"
WINDOW = (dt.date(2026, 11, 2), dt.date(2026, 12, 18))
FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
SEV = ["ok", "advice", "review", "block"]
# built-in copy of RULES.md severities, used when RULES.md is not found
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
PLANNING = {"Ian Peacock", "Jenny Iveson", "Tom Calvert", "Lee Spensley", "Kerry Guy",
            "Paul Lambert", "Anna Clarkson", "Bill Hird", "John Kirkbride"}
LICENSING = {"Tom Calvert", "Jenny Iveson", "Nadia Hussain", "Dave Fawcett", "Ruth Dinsdale",
             "Wendy Garnett", "John Kirkbride", "Lee Spensley", "Paul Lambert"}
X_MAX, BSKY_MAX, FB_MAX = 280, 300, 63206

problems = []


def bad(msg):
    problems.append(msg)


def severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            out = {}
            for line in open(p, encoding="utf-8"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 5 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    out[cells[0]] = sev or {"advice", "review", "block"}
            if out:
                return out, "RULES.md"
        parent = os.path.dirname(d)
        if parent == d:
            return BUILTIN, "built-in copy"
        d = parent


def x_length(text):
    return sum(2 if ord(c) > 0x2000 else 1 for c in text)


def main(verbose):
    sevmap, sevsrc = severities()
    council = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    handles = council["people"]["handles"]
    official = {h for h, n in handles.items() if n == council["council"]["name"]}
    councillors = set(council["people"]["councillors"])
    person_handles = collections.defaultdict(set)
    for h, n in handles.items():
        person_handles[n].add(h)
    personal = {"@dalesbirder_paul", "@swaledale_tups"}
    me = council["self"]
    regs = council["registers"]
    terms = regs["confidential_terms"]
    holders = regs["interest_holders"]
    interests = set(regs["interests"])
    if set(holders) != interests:
        bad("interest_holders does not match interests")

    pending = list(csv.DictReader(open(os.path.join(HERE, regs["pending_matters"]), encoding="utf-8")))
    names = []          # (matter, alias)
    for m in pending:
        aliases = {m["reference"], m["address"].split(",")[0].strip()}
        app = re.search(r"applicant ([^,]+)", m["description"]).group(1).strip()
        aliases |= {app, re.sub(r"\s+Ltd$", "", app)}
        known = re.search(r"known as (.+)$", m["description"])
        if known:
            aliases.add(known.group(1).strip())
        for a in aliases:
            names.append((m, a))
    meetings = []
    for m in csv.DictReader(open(os.path.join(HERE, regs["meetings"]), encoding="utf-8")):
        meetings.append((m["title"], dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])))

    rows = []
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {n}: {e}")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        bad("duplicate ids")
    idset = set(ids)
    last = None
    for r in rows:
        rid = r.get("id", "?")
        for f in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if f not in r:
                bad(f"{rid}: missing {f}")
        if not re.fullmatch(SET + r"-\d{4}", str(rid)):
            bad(f"{rid}: bad id")
        text, author = r["text"], r["author"]
        # authors and accounts
        if author not in handles or author in official:
            bad(f"{rid}: author {author} not a councillor handle")
            continue
        person = handles[author]
        if person not in councillors:
            bad(f"{rid}: author is not a councillor")
        if (r["account"] == "personal") != (author in personal):
            bad(f"{rid}: account {r['account']} wrong for {author}")
        if r["account"] not in ("personal", "councillor"):
            bad(f"{rid}: account value")
        if r["kind"] != "post":
            bad(f"{rid}: kind")
        # own name / mentions
        for h in person_handles[person]:
            if re.search(re.escape(h) + r"\b", text, re.I):
                bad(f"{rid}: mentions its own author")
        stripped = text
        for i in interests:
            stripped = stripped.replace(i.split(",")[0], "")
        for biz in ("Calvert & Son", "Kirkbride Agri"):   # family firms named by their owner's relative
            stripped = stripped.replace(biz, "")
        if re.search(r"\b" + re.escape(person.split()[-1]) + r"\b", stripped):
            bad(f"{rid}: names its own author")
        # platform length
        p = r["platform"]
        lim = {"x": x_length(text) <= X_MAX, "bluesky": len(text) <= BSKY_MAX,
               "facebook": len(text) <= FB_MAX}
        if p not in lim:
            bad(f"{rid}: platform {p}")
        elif not lim[p]:
            bad(f"{rid}: too long for {p}")
        # timestamp
        ts = r["created_at"]
        if not ts.endswith("+00:00"):
            bad(f"{rid}: offset")
        t = dt.datetime.fromisoformat(ts)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (WINDOW[0] <= t.date() <= WINDOW[1]):
            bad(f"{rid}: timestamp {ts} outside weekdays 08:00-18:59, window")
        for title, s, e in meetings:
            if s <= t < e:
                bad(f"{rid}: posted during {title}")
        last = t if last is None or t > last else last
        # expectations
        ex = r["expect"]
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        for x in rules + allowed:
            if x not in sevmap:
                bad(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            bad(f"{rid}: rule repeated or both expected and allowed")
        if verdict not in SEV:
            bad(f"{rid}: verdict {verdict}")
        if not rules:
            if verdict != "ok":
                bad(f"{rid}: nothing expected but verdict {verdict}")
        else:
            lo = max(min(sevmap[x], key=SEV.index) for x in rules if x in sevmap)
            hi = max(max(sevmap[x], key=SEV.index) for x in rules if x in sevmap)
            possible = set().union(*(sevmap[x] for x in rules if x in sevmap))
            if not (SEV.index(lo) <= SEV.index(verdict) <= SEV.index(hi)) or verdict not in possible:
                bad(f"{rid}: verdict {verdict} does not fit {rules}")
        kind, fam = r["kind_of_row"], r["family"]
        if kind == "positive":
            if fam not in FAMILIES or fam not in rules:
                bad(f"{rid}: positive does not expect its family {fam}")
            if "near_miss_of" in r:
                bad(f"{rid}: positive with near_miss_of")
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                bad(f"{rid}: hard negative expects something")
            if r.get("near_miss_of") != fam or fam not in FAMILIES:
                bad(f"{rid}: near_miss_of / family")
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam is not None or "near_miss_of" in r:
                bad(f"{rid}: filler expects or allows something")
        else:
            bad(f"{rid}: kind_of_row {kind}")
        # confidential register
        named_term = any(term.lower() in text.lower() for term in terms)
        if named_term and not ("confidentiality.disclosure" in rules and verdict == "block"):
            bad(f"{rid}: names a confidential term without disclosure/block")
        if kind == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != named_term:
                bad(f"{rid}: disclosure block iff register term")
        # pending register and predetermination
        hits = [(m, a) for m, a in names if a.lower() in text.lower()]
        if "predetermination.closed-mind" in rules:
            if hits and verdict != "block":
                bad(f"{rid}: predetermination naming a pending matter is not block")
            if kind == "positive" and fam == "predetermination.closed-mind" and not hits and verdict != "review":
                bad(f"{rid}: predetermination naming no pending matter is not review")
            if kind == "positive" and fam == "predetermination.closed-mind":
                lic = [m for m, a in hits if m["reference"].startswith("LIC/")]
                if hits:
                    need = LICENSING if lic else PLANNING
                    if person not in need:
                        bad(f"{rid}: predetermination author not on the deciding committee")
                elif person not in PLANNING | LICENSING:
                    bad(f"{rid}: predetermination author on neither committee")
        if kind == "positive" and fam == "gifts.hospitality" and hits:
            lic = any(m["reference"].startswith("LIC/") for m, a in hits)
            if person in (LICENSING if lic else PLANNING):
                bad(f"{rid}: gift from a pending applicant to a member of the deciding committee")
        # security always block
        if "security.credentials" in rules and verdict != "block":
            bad(f"{rid}: security not block")
        # declared interest
        if kind == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in interests:
                bad(f"{rid}: declared-interest positive without a registered interest")
            elif holders[it] != person:
                bad(f"{rid}: declared-interest positive not by the holder of {it}")
        elif "interest" in r:
            bad(f"{rid}: interest on a row that is not a declared-interest positive")
        # self contact details
        digits = re.sub(r"\D", "", me["phone"])
        if (digits in re.sub(r"\D", "", text) or me["email"].lower() in text.lower()) and person != me["name"]:
            bad(f"{rid}: [self] contact details in a post by {person}")
        # phones, emails, links
        for num in re.findall(r"(?<!\d)0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}(?!\d)", text):
            d = re.sub(r"\D", "", num)
            if not (re.fullmatch(r"07700900\d{3}", d) or re.fullmatch(r"01632960\d{3}", d)):
                bad(f"{rid}: phone {num} outside drama ranges")
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if em.lower() not in ("example.com", "example.net", "example.org"):
                bad(f"{rid}: email domain {em}")
        for dom in re.findall(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|info|ly))\b", text):
            if not re.search(r"(?i)(^|\.)example\.(com|net|org)$", dom):
                bad(f"{rid}: domain {dom}")
        if "http" in text and not re.search(r"https?://([\w-]+\.)*example\.(com|net|org)", text):
            bad(f"{rid}: link not on example domains")
        # notes
        if not r["note"].strip():
            bad(f"{rid}: empty note")
        for ref in re.findall(SET + r"-\d{4}", r["note"]):
            if ref not in idset:
                bad(f"{rid}: note cites unknown {ref}")

    for m in pending:
        if last and dt.date.fromisoformat(m["decision_date"]) <= last.date():
            bad(f"pending {m['reference']} decided before the last post")

    # folder hygiene
    abs_path = re.compile(r"(?<![\w.])/(?:home|work|tmp|Users|root|mnt|srv)/|[A-Z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        if name == "__pycache__":
            bad("__pycache__ in folder")
        path = os.path.join(HERE, name)
        if os.path.isfile(path) and name != os.path.basename(__file__):
            if abs_path.search(open(path, encoding="utf-8", errors="replace").read()):
                bad(f"absolute path in {name}")

    # counts
    pos = collections.Counter(r["family"] for r in rows if r["kind_of_row"] == "positive")
    hn = collections.Counter(r["family"] for r in rows if r["kind_of_row"] == "hard_negative")
    exp = collections.Counter(x for r in rows for x in r["expect"]["rules"])
    fill = sum(r["kind_of_row"] == "filler" for r in rows)
    for f in FAMILIES:
        if pos[f] < 15 or hn[f] < 15:
            bad(f"{f}: {pos[f]} positives, {hn[f]} hard negatives (need 15 each)")
    if fill < 30:
        bad(f"only {fill} fillers")

    if verbose:
        print(f"severities from {sevsrc}")
        print(f"{'rule':36} {'pos':>4} {'hn':>4} {'expecting':>9}")
        for f in FAMILIES:
            print(f"{f:36} {pos[f]:4} {hn[f]:4} {exp[f]:9}")
        print(f"fillers {fill}; rows {len(rows)}")
        vp = collections.Counter(r["expect"]["verdict"] for r in rows if r["kind_of_row"] == "positive")
        print("positive verdicts", dict(vp))
        print("allowed on", sum(bool(r["expect"]["allowed"]) for r in rows), "rows,",
              sum(bool(r["expect"]["allowed"]) for r in rows if r["kind_of_row"] == "hard_negative"), "of them hard negatives")
        print("platforms", dict(collections.Counter(r["platform"] for r in rows)))
        print("personal", sum(r["account"] == "personal" for r in rows))
        print("multi-rule positives", [r["id"] for r in rows if len(r["expect"]["rules"]) > 1])
        print("last post", last)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main("-v" in sys.argv)
