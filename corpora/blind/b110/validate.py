"""Check blind set b110 (accounts.jsonl, council.toml, build.py). Prints OK."""
import collections
import datetime as dt
import importlib.util
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B110"
ACCOUNT_RULES = ["harassment.repeated-target", "capacity.mixed-account",
                 "moderation.third-party-comments"]
HARASS, MIXED, MOD = ACCOUNT_RULES
PLATFORMS = {"facebook", "x", "bluesky"}
ORDER = ["ok", "advice", "review", "block"]

# Fallback copy of the rule ids and base severities in RULES.md
# ("review; block when severe" counts as review).
BUILTIN = {
    "respect.personal-attack": "review",
    "respect.abusive-language": "review",
    "bullying.intimidation": "block",
    "equality.discrimination": "block",
    "officers.impartiality": "review",
    "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review",
    "capacity.council-voice": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "interests.declared-interest": "review",
    "gifts.hospitality": "advice",
    "defamation.allegation": "review",
    "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice",
    "meetings.during-meeting": "advice",
    "security.credentials": "block",
    "tone.irony-risk": "advice",
    "association.endorsed-content": None,
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}

FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind",
          "expect", "family", "account_pattern", "account_role", "kind_of_row",
          "note"]
COMMENT_FIELDS = ["comment_by", "parent_id"]

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    for folder in [HERE, *HERE.parents]:
        path = folder / "shared" / "design" / "RULES.md"
        if path.is_file():
            rules = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                m = re.match(r"(advice|review|block)\b", cells[-1])
                rules[cells[0]] = m.group(1) if m else None
            if rules:
                return rules, "RULES.md"
    return dict(BUILTIN), "built-in copy"


RULES, RULES_FROM = load_rules()
for r in ACCOUNT_RULES:
    if r not in RULES:
        err(f"account rule {r} missing from {RULES_FROM}")

# ---------------------------------------------------------------- council.toml
with open(HERE / "council.toml", "rb") as fh:
    council = tomllib.load(fh)
CONTRACT = {
    "council": {"name", "code", "timezone", "late_night"},
    "people": {"councillors", "officers", "public_office_holders", "handles"},
    "self": {"name", "email", "phone", "surgery_address"},
    "registers": {"pending_matters", "confidential_terms", "interests",
                  "meetings", "interest_holders"},
}
for table, keys in council.items():
    if table not in CONTRACT:
        err(f"council.toml: unknown table [{table}]")
        continue
    for k in keys:
        if k not in CONTRACT[table]:
            err(f"council.toml: unknown key {table}.{k}")
if "name" not in council.get("council", {}):
    err("council.toml: [council] name missing")
handles = council.get("people", {}).get("handles", {})
people = set(council["people"].get("councillors", [])) | set(
    council["people"].get("officers", []))
for h, who in handles.items():
    if not h.startswith("@"):
        err(f"council.toml: handle {h} lacks @")
    if who not in people and who != council["council"]["name"]:
        err(f"council.toml: handle {h} -> {who}, not a listed person or the council")

# ---------------------------------------------------------------- rows
raw = (HERE / "accounts.jsonl").read_text(encoding="utf-8")
rows = []
for n, line in enumerate(raw.splitlines(), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: not JSON ({e})")
if not 180 <= len(rows) <= 200:
    err(f"{len(rows)} rows, expected 180-200")

by_id = {}
for i, row in enumerate(rows, 1):
    want = f"{PREFIX}-{i:04d}"
    rid = row.get("id")
    if rid != want:
        err(f"row {i}: id {rid}, expected {want}")
    by_id[rid] = row
    keys = FIELDS + (COMMENT_FIELDS if row.get("kind") == "comment" else [])
    for k in keys:
        if k not in row:
            err(f"{rid}: missing {k}")
    extra = set(row) - set(FIELDS) - set(COMMENT_FIELDS)
    if extra:
        err(f"{rid}: unknown fields {sorted(extra)}")
    if row.get("kind") != "comment" and any(k in row for k in COMMENT_FIELDS):
        err(f"{rid}: comment fields on a post")

START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
TS = re.compile(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")


def when(row):
    return dt.datetime.fromisoformat(row["created_at"])


texts = collections.Counter()
for row in rows:
    rid = row.get("id")
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        err(f"{rid}: empty text")
    texts[row.get("text")] += 1
    if row.get("author") not in handles:
        err(f"{rid}: author {row.get('author')} not in council.toml handles")
    if row.get("platform") not in PLATFORMS:
        err(f"{rid}: platform {row.get('platform')}")
    if row.get("account") not in ("councillor", "personal"):
        err(f"{rid}: account {row.get('account')}")
    if row.get("kind") not in ("post", "comment"):
        err(f"{rid}: kind {row.get('kind')}")
    if row.get("kind_of_row") not in ("positive", "hard_negative", "filler"):
        err(f"{rid}: kind_of_row {row.get('kind_of_row')}")
    if row.get("account_pattern") not in ACCOUNT_RULES:
        err(f"{rid}: account_pattern {row.get('account_pattern')}")
    if row.get("account_role") not in ("positive", "hard_negative"):
        err(f"{rid}: account_role {row.get('account_role')}")
    if not isinstance(row.get("note"), str) or not row["note"].strip():
        err(f"{rid}: empty note")
    ca = row.get("created_at", "")
    if not TS.match(ca or ""):
        err(f"{rid}: created_at {ca!r} not YYYY-MM-DDTHH:MM:SS+00:00")
    else:
        t = when(row)
        if not START <= t.date() <= END:
            err(f"{rid}: date {t.date()} outside 5 Jan-27 Mar 2026")
        if t.weekday() > 4:
            err(f"{rid}: {t.date()} is a weekend")
        if not 8 <= t.hour <= 18:
            err(f"{rid}: time {t.time()} outside 08:00-18:59")
    # labels
    exp = row.get("expect", {})
    rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
    if not isinstance(rules, list) or not isinstance(allowed, list):
        err(f"{rid}: expect.rules / expect.allowed not lists")
        continue
    for r in rules + allowed:
        if r not in RULES:
            err(f"{rid}: unknown rule {r}")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err(f"{rid}: duplicate rule ids")
    if set(rules) & set(allowed):
        err(f"{rid}: rule both expected and allowed: {set(rules) & set(allowed)}")
    sev = "ok"
    for r in rules:
        s = RULES.get(r) or BUILTIN.get(r)
        if s is None:
            err(f"{rid}: rule {r} has no fixed severity")
            continue
        if ORDER.index(s) > ORDER.index(sev):
            sev = s
    if verdict != sev:
        err(f"{rid}: verdict {verdict}, highest severity expected is {sev}")
    # row-kind and family conventions
    pat, role, kor = row.get("account_pattern"), row.get("account_role"), row.get("kind_of_row")
    others = [r for r in ACCOUNT_RULES if r != pat]
    if any(r in rules or r in allowed for r in others):
        err(f"{rid}: names another account's rule")
    if kor == "positive":
        if role != "positive":
            err(f"{rid}: positive row in a hard-negative account")
        if pat not in rules:
            err(f"{rid}: positive row lacks {pat}")
        if row.get("family") != pat:
            err(f"{rid}: family {row.get('family')} for a positive row")
    elif kor == "filler":
        if rules or verdict != "ok":
            err(f"{rid}: filler row expects something")
        want = [pat] if role == "positive" else []
        if allowed != want:
            err(f"{rid}: filler allowed {allowed}, expected {want}")
        if row.get("family") != pat:
            err(f"{rid}: family {row.get('family')} for a filler row")
    elif kor == "hard_negative":
        if row.get("family") != "hard_negative":
            err(f"{rid}: family {row.get('family')} for a hard-negative row")
        if pat in rules or pat in allowed:
            err(f"{rid}: hard-negative row names its account rule")
        if rules and not (pat == HARASS and role == "hard_negative"
                          and rules == ["respect.personal-attack"]):
            err(f"{rid}: hard-negative row expects {rules}")
    # comments
    if row.get("kind") == "comment":
        parent = by_id.get(row.get("parent_id"))
        if parent is None:
            err(f"{rid}: parent_id {row.get('parent_id')} not found")
        else:
            if parent.get("kind") != "post":
                err(f"{rid}: parent is not a post")
            if parent.get("author") != row.get("author") or parent.get("platform") != row.get("platform"):
                err(f"{rid}: parent by another author or platform")
            if TS.match(parent.get("created_at", "")) and TS.match(ca or ""):
                pt, ct = when(parent), when(row)
                if pt.date() != ct.date() or not pt < ct:
                    err(f"{rid}: comment not later the same day as its post")
        if not isinstance(row.get("comment_by"), str) or not row["comment_by"].strip():
            err(f"{rid}: empty comment_by")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text ({c}x): {t[:60]}")

# comment spacing: 4-55 minutes after the row before under the same post
thread = collections.defaultdict(list)
for row in rows:
    if row.get("kind") == "comment" and row.get("parent_id") in by_id:
        thread[row["parent_id"]].append(row)
for pid, comments in thread.items():
    prev = when(by_id[pid])
    for c in sorted(comments, key=when):
        gap = (when(c) - prev).total_seconds() / 60
        if not 4 <= gap <= 55:
            err(f"{c['id']}: {gap:.0f} minutes after the row before it")
        prev = when(c)

# ---------------------------------------------------------------- accounts
accounts = collections.defaultdict(list)
for row in rows:
    accounts[row.get("author")].append(row)
if not 25 <= len(accounts) <= 35:
    err(f"{len(accounts)} accounts, expected about 30")
per_rule = collections.defaultdict(lambda: collections.Counter())
for handle, rs in accounts.items():
    for field in ("account_pattern", "account_role", "platform", "account"):
        vals = {r.get(field) for r in rs}
        if len(vals) != 1:
            err(f"{handle}: several {field} values {vals}")
    pat, role = rs[0].get("account_pattern"), rs[0].get("account_role")
    per_rule[pat][role] += 1
    if not 5 <= len(rs) <= 15:
        err(f"{handle}: {len(rs)} rows, expected 5-15")
    posts = [r for r in rs if r.get("kind") == "post"]
    days = collections.Counter(r["created_at"][:10] for r in posts)
    for d, c in days.items():
        if c > 1:
            err(f"{handle}: {c} posts on {d}")
    kinds = collections.Counter(r.get("kind_of_row") for r in rs)
    if role == "hard_negative" and kinds["positive"]:
        err(f"{handle}: positive rows in a hard-negative account")
    if role == "positive" and not kinds["positive"]:
        err(f"{handle}: positive account without positive rows")
    if rs[0].get("account") == "personal" and not (pat == MIXED and role == "hard_negative"):
        err(f"{handle}: personal account outside the mixed-account hard negatives")
    if rs[0].get("account") == "personal" and any(r.get("kind_of_row") != "hard_negative" for r in rs):
        err(f"{handle}: personal account with non-hard-negative rows")
    if pat == HARASS:
        hostile = [r for r in rs if r.get("kind_of_row") == "positive"]
        if role == "positive":
            if not 2 <= len(hostile) <= 5:
                err(f"{handle}: {len(hostile)} hostile posts, expected 2-5")
            if len({r['created_at'][:10] for r in hostile}) != len(hostile):
                err(f"{handle}: hostile posts share a day")
            if any(r.get("kind") != "post" for r in hostile):
                err(f"{handle}: hostile row that is not a post")
        else:
            attacks = [r for r in rs if r["expect"]["rules"]]
            if len(attacks) > 2:
                err(f"{handle}: {len(attacks)} attacks in a hard-negative account")
    if pat == MIXED and role == "positive":
        if not kinds["positive"] or not kinds["filler"]:
            err(f"{handle}: mixed account without both personal and council posts")
        if any(r.get("kind") != "post" for r in rs):
            err(f"{handle}: comment in a mixed account")
    if pat == MOD:
        if rs[0].get("platform") != "facebook":
            err(f"{handle}: moderation account not on facebook")
        for r in rs:
            if r.get("kind_of_row") == "positive":
                if r.get("kind") != "comment" or r.get("comment_by") == handle:
                    err(f"{r['id']}: moderation positive is not someone else's comment")
            if r.get("kind") == "post" and role == "positive" and r.get("kind_of_row") != "filler":
                err(f"{r['id']}: owner's post in a moderation positive account is not filler")
    elif any(r.get("kind") == "comment" for r in rs):
        err(f"{handle}: comments outside the moderation accounts")
for pat in ACCOUNT_RULES:
    c = per_rule[pat]
    if c["positive"] < 6 or c["hard_negative"] < 2:
        err(f"{pat}: {c['positive']} positive and {c['hard_negative']} hard-negative accounts")

kor = collections.Counter(r.get("kind_of_row") for r in rows)
if kor["hard_negative"] < kor["positive"]:
    err(f"{kor['hard_negative']} hard negatives, fewer than {kor['positive']} positives")

# ---------------------------------------------------------------- contact details
DRAMA = [r"07700 ?900\d{3}", r"01632 ?960\d{3}", r"020 ?7946 ?0\d{3}",
         r"01\d1 ?496 ?0\d{3}", r"0191 ?498 ?0\d{3}", r"028 ?9649 ?6\d{3}",
         r"029 ?2018 ?0\d{3}", r"0808 ?157 ?0\d{3}", r"0909 ?879 ?0\d{3}",
         r"03069 ?990\d{3}"]
PHONE = re.compile(r"(?<![\d£])(?:\+44 ?|0)\d[\d ]{8,12}\d(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")
for row in rows:
    text = row.get("text", "")
    for m in PHONE.finditer(text):
        num = m.group(0).strip()
        if not any(re.fullmatch(p, num) for p in DRAMA):
            err(f"{row['id']}: phone number {num} outside the drama ranges")
    for m in EMAIL.finditer(text):
        if not m.group(0).lower().endswith("@example.com"):
            err(f"{row['id']}: email {m.group(0)} not on example.com")

# ---------------------------------------------------------------- no machine paths
ROOTS = ["home", "tmp", "work", "Users", "mnt", "root", "var", "opt", "usr"]
ABS = re.compile(r"(?<![\w.~])/(?:" + "|".join(ROOTS) + r")/|[A-Za-z]:\\\\")
for f in sorted(HERE.iterdir()):
    if f.is_file() and f.suffix in {".py", ".md", ".toml", ".jsonl", ".csv"}:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if ABS.search(line):
                err(f"{f.name}:{n}: absolute path")

# ---------------------------------------------------------------- rebuild
spec = importlib.util.spec_from_file_location("b110_build", HERE / "build.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)
if build.render() != raw or build.render() != raw:
    err("build.py does not reproduce accounts.jsonl byte for byte")

if errors:
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors (rules from {RULES_FROM})")
    sys.exit(1)
print("OK")
