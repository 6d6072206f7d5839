"""Check blind set b186 and print OK (with -v, also the counts).

    python3 validate.py [-v]

Reads posts.jsonl, council.toml, pending.csv and meetings.csv from this folder, and the rule
table from shared/design/RULES.md found by walking up from this folder (else a built-in copy
of the severities).
"""
import collections
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_ID = "B186"
FIRST_DAY = dt.date(2026, 1, 5)
LAST_DAY = dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
MIN_POS, MIN_HN, MIN_FILL = 15, 15, 30
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
BUILTIN_SEVERITIES = {
    "respect.personal-attack": {"review", "block"},
    "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"},
    "equality.discrimination": {"block"},
    "officers.impartiality": {"review"},
    "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"},
    "capacity.council-voice": {"review"},
    "resources.political-use": {"review"},
    "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"},
    "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"},
    "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"},
    "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"},
    "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
NOTE_TAGS = {"positive": "[positive] ", "hard_negative": "[hard negative] ", "filler": "[filler] "}

errors = []


def err(msg):
    errors.append(msg)


def load_severities():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                sev[cells[0]] = words or {"advice", "review", "block"}
            if sev:
                return sev, str(p.relative_to(d))
    return BUILTIN_SEVERITIES, "built-in copy"


def pending_names(rows):
    """Each pending matter -> the strings that name it (lower case)."""
    out = {}
    for r in rows:
        names = {r["reference"].lower()}
        parts = [p.strip() for p in r["address"].split(",")]
        site = ", ".join(parts[:2]) if re.match(r"Unit\b", parts[0]) else parts[0]
        names.add(re.sub(r"^the ", "", site.lower()))
        m = re.search(r"applicant (.+)$", r["description"])
        if m:
            app = m.group(1).strip().lower()
            names.add(app)
            names.add(re.sub(r"\s+ltd\.?$", "", app))
        m = re.search(r"known as ([^,]+)", r["description"])
        if m:
            names.add(re.sub(r"^the ", "", m.group(1).strip().lower()))
        out[r["reference"]] = names
    return out


def main():
    verbose = "-v" in sys.argv
    sev, sev_src = load_severities()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    if council.get("council", {}).get("code") != "bexley":
        err("council.toml: code must be bexley")
    if council.get("council", {}).get("timezone") != "Europe/London":
        err("council.toml: timezone must be Europe/London")
    handles = council["people"]["handles"]
    council_accounts = {h for h, n in handles.items() if n == council["council"]["name"]}
    people_names = set(council["people"]["councillors"])
    personal = set()
    seen_names = collections.Counter()
    for h, n in handles.items():
        if h in council_accounts:
            continue
        if n not in people_names:
            err(f"handle {h} maps to {n}, who is not a councillor")
        seen_names[n] += 1
    # a councillor's second handle is a personal account
    first_handle = {}
    for h, n in handles.items():
        if h in council_accounts:
            continue
        if n in first_handle:
            personal.add(h)
        else:
            first_handle[n] = h
    me = council["self"]
    regs = council["registers"]
    conf_terms = [t.lower() for t in regs["confidential_terms"]]
    interests = set(regs["interests"])
    holders = regs["interest_holders"]
    for i in interests:
        if i not in holders:
            err(f"interest {i} has no holder")
    with open(HERE / regs["pending_matters"], newline="", encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    if list(pending[0].keys()) != ["reference", "address", "description", "decision_date"]:
        err("pending.csv header")
    pnames = pending_names(pending)
    with open(HERE / regs["meetings"], newline="", encoding="utf-8") as f:
        mrows = list(csv.DictReader(f))
    meetings = [(dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])) for m in mrows]

    posts = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                posts.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}: does not parse ({e})")
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        err("ids not unique")
    for n, i in enumerate(ids, 1):
        if i != f"{SET_ID}-{n:04d}":
            err(f"line {n}: id {i} out of sequence")
    idset = set(ids)

    last_post = None
    counts = collections.Counter()
    expecting = collections.Counter()
    verdicts = collections.Counter()
    platforms = collections.Counter()
    with_allowed = collections.Counter()
    accounts = collections.Counter()
    for p in posts:
        pid = p.get("id", "?")
        for k in REQUIRED:
            if k not in p:
                err(f"{pid}: missing {k}")
        if any(k not in p for k in REQUIRED):
            continue
        text, author, ex = p["text"], p["author"], p["expect"]
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        kind = p["kind_of_row"]
        # authors and accounts
        if author not in handles or author in council_accounts:
            err(f"{pid}: author {author} is not a councillor handle")
        if (p["account"] == "personal") != (author in personal):
            err(f"{pid}: account {p['account']} wrong for {author}")
        if p["account"] not in ("personal", "councillor"):
            err(f"{pid}: account {p['account']}")
        accounts[p["account"]] += 1
        if p["kind"] != "post":
            err(f"{pid}: kind must be post")
        if p["platform"] not in LIMITS:
            err(f"{pid}: platform {p['platform']}")
        elif len(text) > LIMITS[p["platform"]]:
            err(f"{pid}: {len(text)} chars too long for {p['platform']}")
        platforms[p["platform"]] += 1
        for m in re.findall(r"(?<![\w.])@\w+", text):
            if m.lower() == author.lower():
                err(f"{pid}: mentions its own author")
        # timestamp
        ts = p["created_at"]
        if not ts.endswith("+00:00"):
            err(f"{pid}: timestamp {ts} not +00:00")
        t = dt.datetime.fromisoformat(ts)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (FIRST_DAY <= t.date() <= LAST_DAY):
            err(f"{pid}: timestamp {ts} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        for s, e in meetings:
            if s <= t <= e:
                err(f"{pid}: timestamp inside a meeting")
        last_post = t if last_post is None or t > last_post else last_post
        # rules and verdict
        if not isinstance(rules, list) or not isinstance(allowed, list):
            err(f"{pid}: rules/allowed must be lists")
            continue
        for r in rules + allowed:
            if r not in sev:
                err(f"{pid}: unknown rule {r}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{pid}: a rule is repeated")
        if set(rules) & set(allowed):
            err(f"{pid}: a rule both expected and allowed")
        if verdict not in RANK:
            err(f"{pid}: verdict {verdict}")
            continue
        if not rules:
            if verdict != "ok":
                err(f"{pid}: verdict must be ok when nothing is expected")
        else:
            if verdict == "ok":
                err(f"{pid}: verdict ok but rules expected")
            elif all(r in sev for r in rules):
                lo = max(min(RANK[s] for s in sev[r]) for r in rules)
                hi = max(max(RANK[s] for s in sev[r]) for r in rules)
                if not lo <= RANK[verdict] <= hi:
                    err(f"{pid}: verdict {verdict} does not fit {rules}")
        verdicts[(kind, verdict)] += 1
        for r in rules:
            expecting[r] += 1
        if allowed:
            with_allowed[kind] += 1
        # kinds of row
        fam = p["family"]
        if not p["note"].startswith(NOTE_TAGS.get(kind, "?")):
            err(f"{pid}: note not tagged for {kind}")
        for cited in re.findall(rf"{SET_ID}-\d{{4}}", p["note"]):
            if cited not in idset:
                err(f"{pid}: note cites unknown {cited}")
        if kind == "positive":
            if fam not in TWELVE or fam not in rules:
                err(f"{pid}: positive must expect its family {fam}")
            counts[(fam, "positive")] += 1
        elif kind == "hard_negative":
            if fam not in TWELVE or rules or verdict != "ok" or p.get("near_miss_of") != fam:
                err(f"{pid}: hard negative must expect nothing, be ok and name near_miss_of = family")
            counts[(fam, "hard_negative")] += 1
        elif kind == "filler":
            if fam is not None or rules or allowed or verdict != "ok":
                err(f"{pid}: filler must have family null and expect and allow nothing")
            counts[("filler", "filler")] += 1
        else:
            err(f"{pid}: kind_of_row {kind}")
        low = text.lower()
        # confidential register
        names_term = any(term in low for term in conf_terms)
        if names_term and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err(f"{pid}: names a confidential term but does not expect disclosure at block")
        if kind == "positive" and fam == "confidentiality.disclosure" and (verdict == "block") != names_term:
            err(f"{pid}: disclosure positive is block exactly when it names a register term")
        # pending matters
        if "predetermination.closed-mind" in rules:
            named = [ref for ref, names in pnames.items() if any(nm in low for nm in names)]
            if named and verdict != "block":
                err(f"{pid}: predetermination naming {named} must be block")
            if not named and kind == "positive" and fam == "predetermination.closed-mind" and verdict != "review":
                err(f"{pid}: predetermination positive naming no pending matter must be review")
        # security
        if "security.credentials" in rules and verdict != "block":
            err(f"{pid}: security must be block")
        # declared interest
        if kind == "positive" and fam == "interests.declared-interest":
            it = p.get("interest")
            if it not in interests:
                err(f"{pid}: declared-interest positive needs a registered interest")
            elif handles.get(author) != holders[it]:
                err(f"{pid}: declared-interest positive not written by the holder of {it}")
        elif "interest" in p:
            err(f"{pid}: interest only on declared-interest positives")
        # self contact details
        if (me["phone"] in text or me["email"].lower() in low) and handles.get(author) != me["name"]:
            err(f"{pid}: [self] contact details in a post not by {me['name']}")
        # phone numbers, emails, links
        for m in re.finditer(r"(?<![\w])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)", text):
            digits = re.sub(r"\D", "", m.group(0))
            if not (len(digits) == 11 and (digits.startswith("07700900") or digits.startswith("01632960"))):
                err(f"{pid}: phone number {m.group(0)} not in a drama range")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err(f"{pid}: email domain {m.group(1)} not example.com")
        for m in re.finditer(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|info|biz|gov))\b", low):
            dom = m.group(1)
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err(f"{pid}: domain {dom} not on example.com/.net/.org")

    # pending decisions after the last post
    for r in pending:
        if dt.date.fromisoformat(r["decision_date"]) <= last_post.date():
            err(f"pending {r['reference']} decided before the last post")
    # no absolute paths, no caches
    abs_pat = re.compile(r"(?<![\w.])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "tm" + "p", "Us" + "ers", "ro" + "ot"]) + r")/|[A-Z]:\\\\")
    for f in HERE.iterdir():
        if f.name == "__pycache__":
            err("__pycache__ in the folder")
        if f.is_file() and f.suffix in {".py", ".md", ".toml", ".csv", ".jsonl"}:
            if abs_pat.search(f.read_text(encoding="utf-8")):
                err(f"{f.name}: contains an absolute path")
    # counts
    for r in TWELVE:
        if counts[(r, "positive")] < MIN_POS:
            err(f"{r}: {counts[(r, 'positive')]} positives < {MIN_POS}")
        if counts[(r, "hard_negative")] < MIN_HN:
            err(f"{r}: {counts[(r, 'hard_negative')]} hard negatives < {MIN_HN}")
    if counts[("filler", "filler")] < MIN_FILL:
        err(f"fillers: {counts[('filler', 'filler')]} < {MIN_FILL}")

    if verbose:
        print(f"severities from {sev_src}")
        print(f"{'rule':38} pos  hn  expecting")
        for r in TWELVE:
            print(f"{r:38} {counts[(r, 'positive')]:3} {counts[(r, 'hard_negative')]:3} {expecting[r]:4}")
        print(f"fillers {counts[('filler', 'filler')]}; rows {len(posts)}")
        print("verdicts:", dict(sorted(verdicts.items())))
        print("rows with allowed:", dict(with_allowed))
        print("platforms:", dict(platforms), "accounts:", dict(accounts))
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
