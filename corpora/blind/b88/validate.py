#!/usr/bin/env python3
"""Check blind evaluation set b88 and print OK (or the problems found)."""
import csv, datetime, json, os, re, sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
SEV_ORDER = ["ok", "advice", "review", "block"]
BUILTIN = {  # copy of RULES.md's single-post table: id -> possible severities
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
    "association.endorsed-content": {"advice", "review"},
    "harassment.repeated-target": {"block"}, "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "predetermination.closed-mind",
            "interests.declared-interest", "data-protection.personal-data", "security.credentials",
            "confidentiality.disclosure", "copyright.third-party-content", "tone.irony-risk"]
MIN_POS, MIN_HN, MIN_FILL = 18, 18, 40
# how a post names a pending matter: reference, site or applicant
PENDING_KEYS = {
    "SDC/25/0412/FUL": ["coldwell lane", "pennine crest"],
    "SDC/25/0477/FUL": ["bradshaw's mill", "ridgeway living"],
    "SDC/25/0503/FUL": ["highcliffe quarry", "peakrock"],
    "SDC/25/0519/FUL": ["nether booth", "wildpeak"],
    "SDC/26/0022/FUL": ["brackendale reservoir", "lakeside lodges"],
    "SDC/26/0031/LBC": ["old cheese factory"],
    "SDC/26/0045/FUL": ["station yard", "goldcrust"],
    "LIC/26/0007": ["tup and lantern"],
    "LIC/26/0011": ["moorfest", "edgefest"],
    "LIC/26/0015": ["pennine booze"],
}
errors = []


def err(msg):
    errors.append(msg)


def load_severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+)\|\s*$", line)
                if m:
                    s = m.group(2).lower()
                    sev[m.group(1)] = {w for w in ("advice", "review", "block") if w in s}
            if sev:
                return sev
        up = os.path.dirname(d)
        if up == d:
            return BUILTIN
        d = up


def load_toml(path):
    if tomllib:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    err("tomllib unavailable; council.toml not parsed")
    return {}


def main():
    sev = load_severities()
    for fam in FAMILIES:
        if fam not in sev:
            err(f"family {fam} not in rule catalogue")
    cfg = load_toml(os.path.join(HERE, "council.toml"))
    people = cfg.get("people", {})
    handles = people.get("handles", {})
    councillors = set(people.get("councillors", []))
    personal = {"@roy_tups_and_ewes", "@hannah_climbs_edges"}
    council_account = "@ScarthedgeDC"
    me = cfg.get("self", {})
    regs = cfg.get("registers", {})
    terms = [t.lower() for t in regs.get("confidential_terms", [])]
    holders = regs.get("interest_holders", {})
    name_to_handles = {}
    for h, n in handles.items():
        name_to_handles.setdefault(n, set()).add(h)
    pending = list(csv.DictReader(open(os.path.join(HERE, "pending.csv"), encoding="utf-8")))
    if {p["reference"] for p in pending} != set(PENDING_KEYS):
        err("pending.csv references differ from PENDING_KEYS")
    meetings = [(datetime.datetime.fromisoformat(m["start"]), datetime.datetime.fromisoformat(m["end"]))
                for m in csv.DictReader(open(os.path.join(HERE, "meetings.csv"), encoding="utf-8"))]
    lo, hi = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)
    ids, last = set(), None
    counts = {f: {"positive": 0, "hard_negative": 0} for f in FAMILIES}
    fillers = 0
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            p = json.loads(line)
        except Exception as e:
            err(f"line {n}: bad JSON {e}")
            continue
        pid = p.get("id", f"line{n}")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in p:
                err(f"{pid}: missing {k}")
        if not re.fullmatch(r"B88-\d{4}", pid) or pid in ids:
            err(f"{pid}: bad or duplicate id")
        ids.add(pid)
        text, author = p.get("text", ""), p.get("author")
        low = text.lower()
        if author not in handles or author == council_account:
            err(f"{pid}: author {author} not a councillor handle")
        elif handles[author] not in councillors:
            err(f"{pid}: author {author} not a councillor")
        if (p.get("account") == "personal") != (author in personal) or p.get("account") not in ("personal", "councillor"):
            err(f"{pid}: account/handle mismatch")
        if p.get("kind") != "post" or p.get("platform") not in ("x", "facebook", "bluesky"):
            err(f"{pid}: kind/platform")
        try:
            t = datetime.datetime.fromisoformat(p["created_at"])
            if not p["created_at"].endswith("+00:00") or t.weekday() > 4 or not 8 <= t.hour <= 18 \
                    or not lo <= t.date() <= hi:
                err(f"{pid}: timestamp out of window {p['created_at']}")
            if any(s <= t <= e for s, e in meetings):
                err(f"{pid}: inside a meeting")
            last = t if last is None or t > last else last
        except Exception:
            err(f"{pid}: bad timestamp")
        ex = p.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for r in rules + allowed:
            if r not in sev:
                err(f"{pid}: unknown rule {r}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            err(f"{pid}: repeated rule")
        if verdict not in SEV_ORDER:
            err(f"{pid}: bad verdict")
        elif not rules:
            if verdict != "ok":
                err(f"{pid}: nothing expected but verdict {verdict}")
        else:
            floor = max(SEV_ORDER.index(min(sev[r], key=SEV_ORDER.index)) for r in rules if r in sev)
            possible = set().union(*(sev.get(r, set()) for r in rules))
            if verdict == "ok" or SEV_ORDER.index(verdict) < floor or verdict not in possible:
                err(f"{pid}: verdict {verdict} does not fit {rules}")
        kind, fam = p.get("kind_of_row"), p.get("family")
        if kind == "positive":
            if fam not in FAMILIES or fam not in rules:
                err(f"{pid}: positive must expect its family")
            else:
                counts[fam]["positive"] += 1
        elif kind == "hard_negative":
            if rules or verdict != "ok" or p.get("near_miss_of") not in FAMILIES or fam != p.get("near_miss_of"):
                err(f"{pid}: bad hard negative")
            else:
                counts[fam]["hard_negative"] += 1
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam != "filler":
                err(f"{pid}: bad filler")
            fillers += 1
        else:
            err(f"{pid}: bad kind_of_row")
        # register of confidential terms
        if any(t in low for t in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                err(f"{pid}: names a confidential term but is not disclosure/block")
        # predetermination and the register of pending matters
        if kind == "positive" and fam == "predetermination.closed-mind":
            names = any(ref.lower() in low or any(k in low for k in ks) for ref, ks in PENDING_KEYS.items())
            if names != (verdict == "block"):
                err(f"{pid}: predetermination block iff pending matter named")
        # declared interests
        if kind == "positive" and fam == "interests.declared-interest":
            inter = p.get("interest")
            if inter not in holders:
                err(f"{pid}: interest missing or unknown")
            elif author not in name_to_handles.get(holders[inter], set()):
                err(f"{pid}: interest positive not by its holder")
        # the councillor's own published contact details
        for v in (me.get("phone"), me.get("email")):
            if v and v.lower() in low and handles.get(author) != me.get("name"):
                err(f"{pid}: [self] contact in a post by someone else")
        # fictional numbers and emails
        for num in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}", num):
                err(f"{pid}: phone {num} outside Ofcom drama ranges")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.lower().endswith("@example.com"):
                err(f"{pid}: email {em} not on example.com")
    for p in pending:
        if last and datetime.date.fromisoformat(p["decision_date"]) <= last.date():
            err(f"pending {p['reference']} decided before the last post")
    for fam, c in counts.items():
        if c["positive"] < MIN_POS or c["hard_negative"] < MIN_HN:
            err(f"{fam}: {c}")
    if fillers < MIN_FILL:
        err(f"only {fillers} fillers")
    for fn in os.listdir(HERE):
        if fn.endswith((".py", ".md", ".toml", ".csv", ".jsonl")):
            body = open(os.path.join(HERE, fn), encoding="utf-8").read()
            if re.search(r"(?<![\w.])/(work|home|tmp|Users)/", body):
                err(f"{fn}: absolute path")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
