"""Check blind set b70 (accounts.jsonl) and print OK.

    python validate.py

Finds the rule catalogue by walking up from this folder to
shared/design/RULES.md; without it, an embedded copy of the rule ids and
their severities is used.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = Path(__file__).resolve().parent
DATA = HERE / "accounts.jsonl"
TOML = HERE / "council.toml"
ID_RE = re.compile(r"^B70-A-\d{4}$")

RT = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
ACCOUNT_RULES = {RT, MIX, MOD}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Embedded copy: rule id -> (lowest, highest) severity, from RULES.md's tables.
EMBEDDED = {
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"),
    "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"),
    "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}

REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind",
            "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
PLATFORMS = {"facebook", "x", "bluesky"}
ACCOUNTS = {"councillor", "personal", "official"}
KINDS = {"post", "comment"}
KINDS_OF_ROW = {"positive", "hard_negative", "filler"}
ROLES = {"positive", "hard_negative"}
START, END = datetime(2026, 1, 5).date(), datetime(2026, 3, 27).date()

errors = []


def err(msg):
    errors.append(msg)


def find_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            return p
    return None


def load_rules():
    path = find_rules()
    if path is None:
        return EMBEDDED, "embedded copy"
    rules = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        words = re.findall(r"\b(advice|review|block)\b", cells[-1])
        if words:
            lo = words[0]
            hi = max(words, key=RANK.get)
        else:  # "same as the amplified rule, one level lower"
            lo, hi = "advice", "block"
        rules[cells[0]] = (lo, hi)
    if not rules:
        err("no rule ids found in RULES.md")
    return rules, "RULES.md"


def load_handles():
    text = TOML.read_text(encoding="utf-8")
    if tomllib:
        cfg = tomllib.loads(text)
        return set(cfg["people"]["handles"].keys())
    return set(re.findall(r'^"(@[^"]+)"\s*=', text, re.M))


def main():
    rules, source = load_rules()
    handles = load_handles()
    rows = []
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    by_id = {r.get("id"): r for r in rows}

    acc = defaultdict(list)
    for r in rows:
        rid = r.get("id", "?")
        for k in REQUIRED:
            if k not in r:
                err(f"{rid}: missing {k}")
        if not ID_RE.match(str(r.get("id", ""))):
            err(f"{rid}: bad id")
        if not str(r.get("text", "")).strip():
            err(f"{rid}: empty text")
        if r.get("author") not in handles:
            err(f"{rid}: author {r.get('author')} not a handle in council.toml")
        if r.get("platform") not in PLATFORMS:
            err(f"{rid}: bad platform")
        if r.get("account") not in ACCOUNTS:
            err(f"{rid}: bad account")
        if r.get("kind") not in KINDS:
            err(f"{rid}: bad kind")
        if r.get("kind_of_row") not in KINDS_OF_ROW:
            err(f"{rid}: bad kind_of_row")
        if r.get("account_pattern") not in ACCOUNT_RULES:
            err(f"{rid}: bad account_pattern")
        if r.get("account_role") not in ROLES:
            err(f"{rid}: bad account_role")
        # comments
        if r.get("kind") == "comment":
            if not r.get("comment_by") or not r.get("parent_id"):
                err(f"{rid}: comment without comment_by/parent_id")
            else:
                p = by_id.get(r["parent_id"])
                if p is None or p.get("kind") != "post":
                    err(f"{rid}: parent_id is not a post")
                elif p["author"] != r["author"] or p["platform"] != r["platform"]:
                    err(f"{rid}: parent by another author or platform")
                elif p["created_at"] >= r["created_at"]:
                    err(f"{rid}: comment not after its post")
        elif "comment_by" in r or "parent_id" in r:
            err(f"{rid}: non-comment with comment_by/parent_id")
        # time
        try:
            t = datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != timedelta(0) or not r["created_at"].endswith("+00:00"):
                err(f"{rid}: offset not +00:00")
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
                err(f"{rid}: time outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except (KeyError, ValueError):
            err(f"{rid}: bad created_at")
        # labels
        exp = r.get("expect", {})
        ex, al, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in ex + al:
            if rule not in rules:
                err(f"{rid}: unknown rule {rule} ({source})")
        if set(ex) & set(al):
            err(f"{rid}: rule both expected and allowed")
        if verdict not in RANK:
            err(f"{rid}: bad verdict")
        else:
            lo = max([RANK[rules.get(x, ('ok', 'ok'))[0]] for x in ex] or [0])
            hi = max([RANK[rules.get(x, ('ok', 'ok'))[1]] for x in ex] or [0])
            if not (lo <= RANK[verdict] <= hi):
                err(f"{rid}: verdict {verdict} does not fit the severities of {ex}")
        pat, kor, role = r.get("account_pattern"), r.get("kind_of_row"), r.get("account_role")
        if kor == "positive":
            if pat not in ex:
                err(f"{rid}: positive without its account rule")
            if role != "positive":
                err(f"{rid}: positive row in a hard-negative account")
            if r.get("family") != pat:
                err(f"{rid}: family should be {pat}")
        else:
            if ex or verdict != "ok":
                err(f"{rid}: {kor} row expects rules")
            if kor == "filler":
                if r.get("family") != pat:
                    err(f"{rid}: family should be {pat}")
                if role == "positive" and pat not in al:
                    err(f"{rid}: filler in a positive account should allow {pat}")
                if role == "hard_negative" and al:
                    err(f"{rid}: filler in a hard-negative account allows rules")
            elif r.get("family") != "hard_negative":
                err(f"{rid}: family should be hard_negative")
        for other in ACCOUNT_RULES - {pat}:
            if other in ex:
                err(f"{rid}: expects another account rule {other}")
        acc[r.get("author")].append(r)

    # per account
    per_rule = defaultdict(Counter)
    for h, rs in acc.items():
        for k in ("account_pattern", "account_role", "platform"):
            if len({r.get(k) for r in rs}) != 1:
                err(f"{h}: more than one {k}")
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[pat][role] += 1
        if not 5 <= len(rs) <= 10:
            err(f"{h}: {len(rs)} rows (want 5-10)")
        post_days = Counter(r["created_at"][:10] for r in rs if r["kind"] == "post")
        for d, c in post_days.items():
            if c > 1:
                err(f"{h}: {c} posts on {d}")
        if pat == RT and role == "positive":
            days = {r["created_at"][:10] for r in rs if r["kind_of_row"] == "positive"}
            if not 2 <= len(days) <= 4:
                err(f"{h}: hostile posts on {len(days)} days (want 2-4)")
        if pat == MIX and role == "positive":
            kinds = Counter(r["kind_of_row"] for r in rs)
            if not kinds["positive"] or not kinds["filler"]:
                err(f"{h}: mixed account without both personal and council posts")
        if pat == MOD:
            for r in rs:
                if r["kind_of_row"] == "positive" and r["kind"] != "comment":
                    err(f"{r['id']}: moderation positive is not a comment")
    for rule in ACCOUNT_RULES:
        if per_rule[rule]["positive"] < 7 or per_rule[rule]["hard_negative"] < 1:
            err(f"{rule}: {dict(per_rule[rule])} accounts (want >= 7 positive, >= 1 hard negative)")

    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
