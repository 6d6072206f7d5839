#!/usr/bin/env python3
"""Check blind set b142 (accounts.jsonl) and print OK.

Standard library only. Rule ids and base severities come from
shared/design/RULES.md, found by walking up from this folder; where it is not
found, a built-in copy is used. `-v` prints the counts.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B142"
FIRST_DAY = dt.date(2026, 9, 1)
LAST_DAY = dt.date(2026, 11, 27)
FILES = {"accounts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
ACCOUNT_RULES = {HR, MX, MOD}

BUILTIN_SEVERITY = {
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
    "association.endorsed-content": None,   # "same as the amplified rule, one level lower"
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
ORDER = ["ok", "advice", "review", "block"]

BASE_FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind",
               "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"}
COMMENT_FIELDS = BASE_FIELDS | {"comment_by", "parent_id"}

# Ofcom numbers reserved for drama (digits, without spaces)
DRAMA_PREFIXES = ("07700900", "01632960", "01134960", "01144960", "01154960", "01164960",
                  "01174960", "01184960", "01214960", "01314960", "01414960", "01514960",
                  "01614960", "01914980", "02079460", "02896496", "02920180", "03069990",
                  "08081570", "09098790")

errors = []


def err(msg):
    errors.append(msg)


def find_rules_md():
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_severities():
    path = find_rules_md()
    if not path:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    sev = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("| "):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            m = re.match(r"(advice|review|block)\b", cells[-1])
            sev[cells[0]] = m.group(1) if m else None
    if not sev:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    return sev, "RULES.md"


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def uk_offset(day):
    bst = last_sunday(day.year, 3) <= day < last_sunday(day.year, 10)
    return dt.timedelta(hours=1 if bst else 0)


def main(verbose):
    severity, source = load_severities()

    # ---- folder
    names = set(os.listdir(HERE))
    if names != FILES:
        err(f"folder holds {sorted(names)}, expected exactly {sorted(FILES)}")
    bad_markers = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "C:" + "\\", "/" + "root/"]
    for name in sorted(names & FILES):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            content = f.read()
        for m in bad_markers:
            if m in content:
                err(f"{name}: contains an absolute path marker {m!r}")

    # ---- council
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    if set(council) - {"council", "people", "self", "registers"}:
        err(f"council.toml: unexpected tables {sorted(set(council) - {'council', 'people', 'self', 'registers'})}")
    if "name" not in council.get("council", {}):
        err("council.toml: [council] name missing")
    people = council.get("people", {})
    handles = people.get("handles", {})
    known_people = set(people.get("councillors", [])) | set(people.get("officers", [])) | \
        set(people.get("public_office_holders", [])) | {council["council"]["name"]}
    for h, who in handles.items():
        if who not in known_people:
            err(f"council.toml: handle {h} maps to unknown person {who}")

    # ---- rows
    rows = []
    with open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}: bad JSON ({e})")
    by_id = {}
    for n, r in enumerate(rows, 1):
        want = f"{SET}-{n:04d}"
        if r.get("id") != want:
            err(f"line {n}: id {r.get('id')} should be {want}")
        by_id[r.get("id")] = r

    mention_re = re.compile(r"(?<![\w.@/])@([A-Za-z0-9_]+)")
    email_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    url_re = re.compile(r"https?://([^/\s]+)")
    phone_re = re.compile(r"(?:\+44\s?|\b0)\d[\d \-]{7,12}\d")
    example_domain = re.compile(r"(^|\.)example\.(com|net|org)$")

    texts = collections.Counter()
    for r in rows:
        rid = r.get("id")
        kind = r.get("kind")
        fields = set(r)
        want = COMMENT_FIELDS if kind == "comment" else BASE_FIELDS
        if fields != want:
            err(f"{rid}: fields {sorted(fields ^ want)} differ from the contract")
            continue
        text = r["text"]
        texts[" ".join(text.lower().split())] += 1
        if r["author"] not in handles:
            err(f"{rid}: author {r['author']} not in council.toml handles")
        for m in mention_re.findall(text):
            if "@" + m not in handles:
                err(f"{rid}: @{m} not in council.toml handles")
        for dom in email_re.findall(text):
            if not example_domain.search(dom.lower()):
                err(f"{rid}: email domain {dom} is not an example domain")
        for host in url_re.findall(text):
            if not example_domain.search(host.lower()):
                err(f"{rid}: link host {host} is not an example domain")
        for ph in phone_re.findall(text):
            digits = re.sub(r"\D", "", ph)
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if len(digits) in (10, 11) and not digits.startswith(DRAMA_PREFIXES):
                err(f"{rid}: phone number {ph!r} is not in an Ofcom drama range")
        if r["platform"] not in ("facebook", "x", "bluesky"):
            err(f"{rid}: platform {r['platform']}")
        if r["account"] not in ("councillor", "personal"):
            err(f"{rid}: account {r['account']}")
        if kind not in ("post", "reply", "comment"):
            err(f"{rid}: kind {kind}")
        if kind == "comment" and r["platform"] != "facebook":
            err(f"{rid}: comments are on facebook pages only")
        if kind == "reply" and r["platform"] == "facebook":
            err(f"{rid}: replies are on x or bluesky")

        # time
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
        except ValueError:
            err(f"{rid}: created_at {r['created_at']!r} unparsable")
            continue
        r["_t"] = t
        if t.utcoffset() is None:
            err(f"{rid}: created_at has no offset")
            continue
        day = t.date()
        if not (FIRST_DAY <= day <= LAST_DAY):
            err(f"{rid}: {day} outside {FIRST_DAY}..{LAST_DAY}")
        if day.weekday() > 4:
            err(f"{rid}: {day} is a weekend")
        if t.utcoffset() != uk_offset(day):
            err(f"{rid}: offset {t.utcoffset()} is not UK civil time on {day}")
        if not (8 <= t.hour <= 18):
            err(f"{rid}: local time {t.time()} outside 08:00-18:59")

        # expectations
        e = r["expect"]
        if set(e) != {"rules", "allowed", "verdict"}:
            err(f"{rid}: expect keys {sorted(e)}")
            continue
        for rule in e["rules"] + e["allowed"]:
            if rule not in severity:
                err(f"{rid}: unknown rule {rule}")
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            err(f"{rid}: duplicate rule ids")
        if set(e["rules"]) & set(e["allowed"]):
            err(f"{rid}: rule both expected and allowed: {set(e['rules']) & set(e['allowed'])}")
        sevs = []
        for rule in e["rules"]:
            s = severity.get(rule)
            if s is None:
                err(f"{rid}: expected rule {rule} has no base severity")
            else:
                sevs.append(s)
        verdict = max(sevs, key=ORDER.index) if sevs else "ok"
        if e["verdict"] != verdict:
            err(f"{rid}: verdict {e['verdict']} should be {verdict}")

        # conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            err(f"{rid}: account_pattern {pat}")
        if role not in ("positive", "hard_negative"):
            err(f"{rid}: account_role {role}")
        if kor not in ("positive", "hard_negative", "filler"):
            err(f"{rid}: kind_of_row {kor}")
        want_family = "hard_negative" if kor == "hard_negative" else pat
        if r["family"] != want_family:
            err(f"{rid}: family {r['family']} should be {want_family}")
        others = (ACCOUNT_RULES - {pat}) & set(e["rules"] + e["allowed"])
        if others:
            err(f"{rid}: rule of another account pattern {others}")
        if kor == "positive":
            if role != "positive":
                err(f"{rid}: positive row in a hard-negative account")
            if pat not in e["rules"]:
                err(f"{rid}: positive row does not expect {pat}")
        elif kor == "filler":
            if e["rules"] or e["verdict"] != "ok":
                err(f"{rid}: filler expects something")
            want_allowed = [pat] if role == "positive" else []
            if e["allowed"] != want_allowed:
                err(f"{rid}: filler allowed {e['allowed']} should be {want_allowed}")
        else:
            if pat in e["rules"] or pat in e["allowed"]:
                err(f"{rid}: hard-negative row expects or allows the account rule")
            if e["allowed"]:
                err(f"{rid}: hard-negative row allows {e['allowed']}")
            if set(e["rules"]) - {PA}:
                err(f"{rid}: hard-negative row expects {e['rules']}")
            if e["rules"] and not (pat == HR and role == "hard_negative"):
                err(f"{rid}: only single hostile posts in harassment hard-negative accounts expect a rule")
        if kind == "comment":
            by = r["comment_by"]
            if not isinstance(by, str) or not by.strip():
                err(f"{rid}: comment_by empty")
            elif by.startswith("@") and by != r["author"]:
                err(f"{rid}: owner reply comment_by {by} is not the page owner {r['author']}")
            if pat == MOD and kor == "positive" and by.startswith("@"):
                err(f"{rid}: a moderation positive must be someone else's comment")
        if pat == MOD and kor == "positive" and kind != "comment":
            err(f"{rid}: a moderation positive must be a comment")
        if pat != MOD and kind == "comment":
            err(f"{rid}: comments belong to moderation accounts in this set")
        if not r["note"].strip():
            err(f"{rid}: empty note")

    dups = [t for t, c in texts.items() if c > 1]
    for t in dups:
        err(f"duplicate text: {t[:60]!r}")

    # ---- comment parents and gaps
    under = collections.defaultdict(list)
    for r in rows:
        if r.get("kind") != "comment" or "_t" not in r:
            continue
        p = by_id.get(r["parent_id"])
        if p is None:
            err(f"{r['id']}: parent {r['parent_id']} missing")
            continue
        if p.get("kind") != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
            err(f"{r['id']}: parent {p['id']} is not the page owner's post on the same platform")
        if "_t" in p and (p["_t"].date() != r["_t"].date() or p["_t"] >= r["_t"]):
            err(f"{r['id']}: comment not later the same day as its parent {p['id']}")
        under[p["id"]].append(r)
    for pid, cs in under.items():
        prev = by_id[pid]["_t"]
        for c in sorted(cs, key=lambda x: x["_t"]):
            gap = (c["_t"] - prev).total_seconds() / 60
            if not (4 <= gap <= 55):
                err(f"{c['id']}: {gap:.0f} minutes after the row before it under {pid}")
            prev = c["_t"]

    # ---- accounts
    accounts = collections.defaultdict(list)
    for r in rows:
        accounts[r["author"]].append(r)
    per_rule = collections.defaultdict(collections.Counter)
    for a, rs in accounts.items():
        for field in ("account_pattern", "account_role", "platform", "account"):
            vals = {r[field] for r in rs}
            if len(vals) != 1:
                err(f"{a}: several {field} values {vals}")
        pat, role, acct = rs[0]["account_pattern"], rs[0]["account_role"], rs[0]["account"]
        per_rule[pat][role] += 1
        if not (5 <= len(rs) <= 15):
            err(f"{a}: {len(rs)} rows (5-15)")
        days = collections.Counter(r["_t"].date() for r in rs if r["kind"] != "comment" and "_t" in r)
        for d, c in days.items():
            if c > 1:
                err(f"{a}: {c} posts on {d}")
        kinds = collections.Counter(r["kind_of_row"] for r in rs)
        if role == "hard_negative" and kinds["positive"]:
            err(f"{a}: hard-negative account with positive rows")
        if pat == HR and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not (2 <= len(hostile) <= 5):
                err(f"{a}: {len(hostile)} hostile posts (2-5)")
            if any(r["kind"] == "comment" for r in hostile):
                err(f"{a}: hostile rows must be posts or replies")
        if pat == MX and role == "positive" and (not kinds["positive"] or not kinds["filler"]):
            err(f"{a}: a mixed account needs personal and council posts")
        if acct == "personal" and not (pat == MX and role == "hard_negative"):
            err(f"{a}: personal accounts belong to the mixed-account hard negatives")
        if pat == MOD and rs[0]["platform"] != "facebook":
            err(f"{a}: moderation accounts are facebook pages")
        if role == "positive" and not kinds["positive"]:
            err(f"{a}: positive account without positive rows")
    for rule in ACCOUNT_RULES:
        if per_rule[rule]["positive"] < 6 or per_rule[rule]["hard_negative"] < 2:
            err(f"{rule}: {dict(per_rule[rule])} accounts (need 6 positive, 2 hard negative)")

    kor_count = collections.Counter(r["kind_of_row"] for r in rows)
    if not (190 <= len(rows) <= 210):
        err(f"{len(rows)} rows (190-210)")
    if not (28 <= len(accounts) <= 34):
        err(f"{len(accounts)} accounts (28-34)")
    if kor_count["hard_negative"] < kor_count["positive"]:
        err("fewer hard-negative rows than positive rows")

    # ---- reproducibility: build.py must give the same bytes
    build_path = os.path.join(HERE, "build.py")
    with open(build_path, encoding="utf-8") as f:
        src = f.read()
    ns = {"__name__": "b142_build", "__file__": build_path}
    exec(compile(src, build_path, "exec"), ns)
    with open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") as f:
        if ns["render"]() != f.read():
            err("build.py does not reproduce accounts.jsonl byte for byte")
    if os.path.isdir(os.path.join(HERE, "__pycache__")):
        err("__pycache__ present")

    if verbose:
        print(f"rule severities from {source}")
        print(f"rows {len(rows)}, accounts {len(accounts)}")
        tab = collections.Counter((r["account_pattern"], r["account_role"], r["kind_of_row"]) for r in rows)
        for rule in sorted(ACCOUNT_RULES):
            for role in ("positive", "hard_negative"):
                acc = per_rule[rule][role]
                p, h, fl = (tab[(rule, role, k)] for k in ("positive", "hard_negative", "filler"))
                print(f"  {rule:34s} {role:13s} accounts {acc:2d} rows {p + h + fl:3d} "
                      f"(positive {p}, hard_negative {h}, filler {fl})")
        print("kind_of_row:", dict(sorted(kor_count.items())))
        print("verdicts:", dict(sorted(collections.Counter(r["expect"]["verdict"] for r in rows).items(),
                                       key=lambda kv: ORDER.index(kv[0]))))
        print("platforms:", dict(collections.Counter(r["platform"] for r in rows).most_common()))
        print("kinds:", dict(collections.Counter(r["kind"] for r in rows).most_common()))
        exp = collections.Counter(x for r in rows for x in r["expect"]["rules"])
        print("expected rules:", dict(exp.most_common()))
        alw = collections.Counter(x for r in rows for x in r["expect"]["allowed"])
        print("allowed rules:", dict(alw.most_common()))

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED ({len(errors)} errors)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.exit(main("-v" in sys.argv[1:]))
