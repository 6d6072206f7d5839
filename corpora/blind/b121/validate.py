"""Check blind set b121 (twelve single-post rules). Prints OK, or the problems.

  python3 validate.py       # OK or a list of problems
  python3 validate.py -v    # also print the counts
"""
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B121"
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
PERSONAL = {"@gaskin_ewes", "@fen_walls"}
COUNCIL_ACCOUNT = "@WenlodeValeBC"
MIN_POS, MIN_NEG, MIN_FILLERS = 15, 15, 30
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
ALL_SEV = {"advice", "review", "block"}

TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]

# Built-in copy of RULES.md's rule ids and severities, used only when the file
# cannot be found by walking up from this folder.
FALLBACK_RULES = {
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
    "association.endorsed-content": set(ALL_SEV),
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}

# Names a pending matter goes by besides its reference, applicant and "known as" name.
SITE_ALIASES = {
    "WV/25/1184/FUL": ["Sheepwash Lane"],
    "WV/25/1302/FUL": ["Tilthorne Quarry Yard", "Quarry Yard"],
    "WV/26/0041/FUL": ["Corn Exchange"],
    "WV/26/0042/LBC": ["Corn Exchange"],
    "WV/26/0077/OUT": ["Windhurst Road"],
    "WV/26/0103/FUL": ["Furzedown Farm", "Furzedown"],
    "WV/26/0128/FUL": ["Old Forge"],
    "WV/26/0150/FUL": ["Wendlebrook Wharf"],
    "WV/LIC/26/0019": ["Hatherbury Showground", "Abbey Fields"],
    "WV/LIC/26/0033": ["Shearers Arms"],
    "WV/LIC/26/0041": ["The Maltings"],
}

DRAMA_PREFIXES = ("07700900", "01632960", "02079460", "01134960", "01144960",
                  "01154960", "01164960", "01174960", "01184960", "01214960",
                  "01314960", "01414960", "01514960", "01614960", "02890180",
                  "02920180", "03069990", "08081570", "09098790")

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    for folder in [HERE, *HERE.parents]:
        cand = folder / "shared" / "design" / "RULES.md"
        if cand.is_file():
            return cand
    return None


def load_rules():
    path = find_rules_md()
    if path is None:
        return dict(FALLBACK_RULES), "built-in copy"
    rules = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not cells or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1])) or set(ALL_SEV)
        rules[cells[0]] = sev
    if not rules:
        return dict(FALLBACK_RULES), "built-in copy"
    return rules, "RULES.md"


def main(verbose):
    rules, rules_src = load_rules()
    for r in TWELVE:
        if r not in rules:
            bad(f"rule {r} missing from {rules_src}")

    with open(HERE / "council.toml", "rb") as f:
        council = tomllib.load(f)
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    self_ = council.get("self", {})
    regs = council["registers"]
    conf_terms = regs["confidential_terms"]
    holders = regs["interest_holders"]
    for h in PERSONAL:
        if h not in handles:
            bad(f"personal handle {h} not in council.toml")
    for interest in regs["interests"]:
        if interest not in holders:
            bad(f"interest {interest!r} has no holder")

    # registers
    pending = list(csv.DictReader(open(HERE / regs["pending_matters"], encoding="utf-8")))
    meetings = []
    for m in csv.DictReader(open(HERE / regs["meetings"], encoding="utf-8")):
        meetings.append((m["title"], dt.datetime.fromisoformat(m["start"]),
                         dt.datetime.fromisoformat(m["end"])))
    aliases = {}
    for p in pending:
        names = [p["reference"]]
        m = re.search(r"applicant (.+?)(?:, known as (.+))?$", p["description"])
        if not m:
            bad(f"pending {p['reference']}: no applicant in description")
        else:
            appl = m.group(1).strip()
            names.append(appl)
            names.append(re.sub(r"\s+Ltd$", "", appl))
            if m.group(2):
                names.append(m.group(2).strip())
        names += SITE_ALIASES.get(p["reference"], [])
        aliases[p["reference"]] = names

    def names_pending(text):
        low = text.lower()
        return [ref for ref, ns in aliases.items() if any(n.lower() in low for n in ns)]

    # posts
    posts = []
    for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            posts.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {n}: does not parse ({e})")
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    for i, pid in enumerate(ids, 1):
        if pid != f"{SET}-{i:04d}":
            bad(f"line {i}: id {pid!r}, expected {SET}-{i:04d}")

    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "kind_of_row", "note"]
    last_post = None
    self_handles = {h for h, nm in handles.items() if nm == self_.get("name")}
    for p in posts:
        pid = p.get("id", "?")
        for k in required:
            if k not in p:
                bad(f"{pid}: missing {k}")
        if any(k not in p for k in required):
            continue
        text, author, exp = p["text"], p["author"], p["expect"]
        kind = p["kind_of_row"]
        # author and account
        if author not in handles:
            bad(f"{pid}: author {author} not in council.toml")
            continue
        if author == COUNCIL_ACCOUNT:
            bad(f"{pid}: written by the council account")
        person = handles[author]
        if person not in councillors:
            bad(f"{pid}: author {author} is not a councillor")
        if (p["account"] == "personal") != (author in PERSONAL):
            bad(f"{pid}: account {p['account']} does not fit {author}")
        if p["account"] not in ("personal", "councillor"):
            bad(f"{pid}: account {p['account']}")
        own = {h for h, nm in handles.items() if nm == person}
        for h in re.findall(r"@\w+", text):
            if h in own:
                bad(f"{pid}: mentions its own author {h}")
        surname = person.split()[-1]
        if re.search(rf"\b{re.escape(surname)}\b", text):
            bad(f"{pid}: author {person} named in own post")
        # kind, platform
        if p["kind"] != "post":
            bad(f"{pid}: kind {p['kind']}")
        if p["platform"] not in LIMITS:
            bad(f"{pid}: platform {p['platform']}")
        elif len(text) > LIMITS[p["platform"]]:
            bad(f"{pid}: {len(text)} chars too long for {p['platform']}")
        # time
        try:
            t = dt.datetime.fromisoformat(p["created_at"])
        except ValueError:
            bad(f"{pid}: bad created_at")
            continue
        if not p["created_at"].endswith("+00:00"):
            bad(f"{pid}: created_at not +00:00")
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            bad(f"{pid}: created_at {p['created_at']} outside weekdays 08:00-18:59 {START}..{END}")
        for title, s, e in meetings:
            if s <= t <= e:
                bad(f"{pid}: posted during {title}")
        last_post = t if last_post is None or t > last_post else last_post
        # labels
        rs, al, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rs, list) or not isinstance(al, list):
            bad(f"{pid}: rules/allowed not lists")
            continue
        for r in rs + al:
            if r not in rules:
                bad(f"{pid}: unknown rule {r}")
        if len(set(rs)) != len(rs) or len(set(al)) != len(al):
            bad(f"{pid}: repeated rule")
        if set(rs) & set(al):
            bad(f"{pid}: rule both expected and allowed")
        if verdict not in SEV:
            bad(f"{pid}: verdict {verdict}")
            continue
        if not rs:
            if verdict != "ok":
                bad(f"{pid}: verdict {verdict} with nothing expected")
        else:
            sets = [rules.get(r, ALL_SEV) for r in rs]
            lo = max(min(SEV[s] for s in st) for st in sets)
            hi = max(max(SEV[s] for s in st) for st in sets)
            possible = set().union(*sets)
            if verdict not in possible or not (lo <= SEV[verdict] <= hi):
                bad(f"{pid}: verdict {verdict} does not fit {rs}")
        if kind == "positive":
            if p["family"] not in TWELVE:
                bad(f"{pid}: positive family {p['family']}")
            if p["family"] not in rs:
                bad(f"{pid}: positive does not expect its family")
        elif kind == "hard_negative":
            if rs or verdict != "ok":
                bad(f"{pid}: hard negative expects something")
            if p.get("near_miss_of") not in TWELVE or p.get("near_miss_of") != p["family"]:
                bad(f"{pid}: near_miss_of {p.get('near_miss_of')} / family {p['family']}")
        elif kind == "filler":
            if rs or al or verdict != "ok" or p["family"] is not None:
                bad(f"{pid}: filler must expect and allow nothing, family null")
            if "near_miss_of" in p:
                bad(f"{pid}: filler with near_miss_of")
        else:
            bad(f"{pid}: kind_of_row {kind}")
        # confidential register terms
        low = text.lower()
        named_term = [c for c in conf_terms if c.lower() in low]
        if named_term and not ("confidentiality.disclosure" in rs and verdict == "block"):
            bad(f"{pid}: names {named_term} but does not expect disclosure with block")
        if kind == "positive" and p["family"] == "confidentiality.disclosure":
            if bool(named_term) != (verdict == "block"):
                bad(f"{pid}: disclosure is block exactly when a register term is named")
        # pending matters
        if "predetermination.closed-mind" in rs:
            named = names_pending(text)
            if named and verdict != "block":
                bad(f"{pid}: predetermination naming {named} is not block")
            if kind == "positive" and p["family"] == "predetermination.closed-mind" \
                    and not named and verdict != "review":
                bad(f"{pid}: predetermination naming no pending matter is not review")
        # security
        if "security.credentials" in rs and verdict != "block":
            bad(f"{pid}: security must be block")
        # declared interests
        if kind == "positive" and p["family"] == "interests.declared-interest":
            interest = p.get("interest")
            if interest not in holders:
                bad(f"{pid}: declared-interest positive without a registered interest")
            elif holders[interest] != person:
                bad(f"{pid}: interest {interest!r} held by {holders[interest]}, written by {person}")
        elif "interest" in p:
            bad(f"{pid}: interest on a row that is not a declared-interest positive")
        # self's contact details
        for key in ("phone", "email"):
            v = self_.get(key)
            if v and v.lower() in low and author not in self_handles:
                bad(f"{pid}: [self] {key} in a post by {author}")
        # phones, emails, links
        for m in re.finditer(r"(?<![\w/])(?:\+44\s?|0)\d[\d ]{8,12}\d", text):
            digits = re.sub(r"\D", "", m.group())
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not digits.startswith(DRAMA_PREFIXES):
                bad(f"{pid}: phone number {m.group()!r} outside the Ofcom drama ranges")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                bad(f"{pid}: email domain {m.group(1)}")
        for m in re.finditer(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|info|biz))\b", text, re.I):
            dom = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                bad(f"{pid}: domain {dom} not on example.com/.net/.org")

    # pending decisions after the last post
    if last_post:
        for p in pending:
            if dt.date.fromisoformat(p["decision_date"]) <= last_post.date():
                bad(f"pending {p['reference']} decided before the last post")

    # counts
    pos = Counter(p["family"] for p in posts if p.get("kind_of_row") == "positive")
    neg = Counter(p["near_miss_of"] for p in posts if p.get("kind_of_row") == "hard_negative")
    expecting = Counter(r for p in posts for r in p.get("expect", {}).get("rules", []))
    fillers = sum(1 for p in posts if p.get("kind_of_row") == "filler")
    for r in TWELVE:
        if pos[r] < MIN_POS:
            bad(f"{r}: {pos[r]} positives, need {MIN_POS}")
        if neg[r] < MIN_NEG:
            bad(f"{r}: {neg[r]} hard negatives, need {MIN_NEG}")
        if neg[r] < pos[r]:
            bad(f"{r}: fewer hard negatives ({neg[r]}) than positives ({pos[r]})")
    for r in set(pos) | set(neg):
        if r not in TWELVE:
            bad(f"family {r} is not one of the twelve")
    if fillers < MIN_FILLERS:
        bad(f"{fillers} fillers, need {MIN_FILLERS}")
    if sum(neg.values()) < sum(pos.values()):
        bad("fewer hard negatives than positives overall")

    # no absolute or machine paths in the folder's files
    abs_rx = re.compile(r"(?<![\w.])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "t" + "mp",
                        "us" + "r", "mn" + "t", "ro" + "ot", "Us" + "ers"]) + r")/"
                        + r"|\b[A-Z]:\\\\")
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in (".py", ".md", ".csv", ".toml", ".jsonl"):
            if abs_rx.search(f.read_text(encoding="utf-8")):
                bad(f"{f.name}: contains an absolute path")

    if verbose:
        print(f"rules from {rules_src}")
        print(f"{'rule':40} {'pos':>4} {'neg':>4} {'expect':>6}")
        for r in TWELVE:
            print(f"{r:40} {pos[r]:4} {neg[r]:4} {expecting[r]:6}")
        print(f"fillers {fillers}, total {len(posts)}")
        vc = Counter(p["expect"]["verdict"] for p in posts if p.get("kind_of_row") == "positive")
        print("positive verdicts", dict(sorted(vc.items())))
        for r in TWELVE:
            c = Counter(p["expect"]["verdict"] for p in posts
                        if p.get("kind_of_row") == "positive" and p["family"] == r)
            print(f"  {r:40} {dict(sorted(c.items()))}")
        al = [p for p in posts if p.get("expect", {}).get("allowed")]
        print(f"rows with allowed {len(al)}, of them hard negatives "
              f"{sum(1 for p in al if p['kind_of_row'] == 'hard_negative')}")
        print("accounts", dict(Counter(p["account"] for p in posts)))
        print("platforms", dict(Counter(p["platform"] for p in posts)))
        multi = [p["id"] for p in posts if len(p["expect"]["rules"]) > 1]
        print("multi-rule rows", multi)
        print("authors", dict(sorted(Counter(p["author"] for p in posts).items())))

    if problems:
        for m in problems:
            print(m)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:]))
