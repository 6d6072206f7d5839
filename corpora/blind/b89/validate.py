#!/usr/bin/env python3
"""Checks blind set b89 (accounts.jsonl) and prints OK, or the problems found."""
import collections
import datetime as dt
import importlib.util
import json
import pathlib
import re
import sys
import tempfile
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "accounts.jsonl"
PREFIX = "B89-A-"

# Used only when shared/design/RULES.md cannot be found by walking up.
EMBEDDED_SEVERITY = {
    "respect.personal-attack": "review", "respect.abusive-language": "review",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice",
    "defamation.allegation": "review", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": None,
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
ACCOUNT_RULES = ["harassment.repeated-target", "capacity.mixed-account", "moderation.third-party-comments"]
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PLATFORMS = {"facebook", "x", "bluesky"}
ROLES = {"positive", "hard_negative", "separate_personal"}
KORS = {"positive", "hard_negative", "filler"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "account_pattern", "account_role", "kind_of_row", "note"]

errors = []


def err(msg):
    errors.append(msg)


def load_severity():
    for d in [HERE, *HERE.parents]:
        f = d / "shared" / "design" / "RULES.md"
        if f.is_file():
            sev = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                m = re.match(r"[a-z]+", cells[-1].strip())
                first = m.group() if m else ""
                sev[cells[0]] = first if first in RANK else None
            if sev:
                return sev, "RULES.md"
    return EMBEDDED_SEVERITY, "embedded copy"


def main():
    severity, source = load_severity()
    for r in ACCOUNT_RULES:
        if r not in severity:
            err(f"account rule {r} missing from {source}")

    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council.get("people", {}).get("handles", {})

    rows = []
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
    if errors:
        return
    byid = {}
    for n, r in enumerate(rows, 1):
        rid = r.get("id", f"line {n}")
        for f in REQUIRED:
            if f not in r or r[f] in (None, ""):
                err(f"{rid}: missing {f}")
        if not re.fullmatch(PREFIX + r"\d{4}", str(r.get("id", ""))):
            err(f"{rid}: bad id")
        if rid in byid:
            err(f"{rid}: duplicate id")
        byid[rid] = r
    if errors:
        return
    ids = sorted(byid)
    if ids != [f"{PREFIX}{i:04d}" for i in range(1, len(ids) + 1)]:
        err("ids are not consecutive from 0001")

    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r["id"]
        if r["author"] not in handles:
            err(f"{rid}: author {r['author']} not in council.toml")
        if r["platform"] not in PLATFORMS:
            err(f"{rid}: platform {r['platform']}")
        if r["account"] not in ("councillor", "personal"):
            err(f"{rid}: account {r['account']}")
        if r["kind"] not in ("post", "comment"):
            err(f"{rid}: kind {r['kind']}")
        if r["account_pattern"] not in ACCOUNT_RULES:
            err(f"{rid}: account_pattern {r['account_pattern']}")
        if r["account_role"] not in ROLES:
            err(f"{rid}: account_role {r['account_role']}")
        if r["kind_of_row"] not in KORS:
            err(f"{rid}: kind_of_row {r['kind_of_row']}")
        ts = r["created_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", ts):
            err(f"{rid}: timestamp format {ts}")
            continue
        t = dt.datetime.fromisoformat(ts)
        if not (lo <= t.date() <= hi) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            err(f"{rid}: timestamp out of window {ts}")
        # expectations
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            err(f"{rid}: expect keys {sorted(ex)}")
            continue
        for x in ex["rules"] + ex["allowed"]:
            if x not in severity:
                err(f"{rid}: unknown rule {x}")
        if set(ex["rules"]) & set(ex["allowed"]):
            err(f"{rid}: rule both expected and allowed")
        if len(set(ex["rules"])) != len(ex["rules"]) or len(set(ex["allowed"])) != len(ex["allowed"]):
            err(f"{rid}: duplicate rule ids")
        v = "ok"
        for x in ex["rules"]:
            s = severity.get(x)
            if s and RANK[s] > RANK[v]:
                v = s
        if ex["verdict"] != v:
            err(f"{rid}: verdict {ex['verdict']} but highest severity is {v}")
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if kor == "positive":
            if pat not in ex["rules"] or r["family"] != pat or role != "positive":
                err(f"{rid}: positive row convention")
            if any(a in ex["rules"] for a in ACCOUNT_RULES if a != pat):
                err(f"{rid}: other account rule expected")
        elif kor == "filler":
            want = [pat] if role == "positive" else []
            if ex["rules"] or ex["allowed"] != want or ex["verdict"] != "ok" or r["family"] != pat:
                err(f"{rid}: filler convention")
            if role == "separate_personal":
                err(f"{rid}: filler in separate personal account")
        else:
            if ex["rules"] or ex["allowed"] or ex["verdict"] != "ok" or r["family"] != "hard_negative":
                err(f"{rid}: hard_negative convention")
        if (role == "separate_personal") != (r["account"] == "personal"):
            err(f"{rid}: account field does not match role")
        # comments
        if r["kind"] == "comment":
            p = byid.get(r.get("parent_id"))
            if not r.get("comment_by"):
                err(f"{rid}: comment without comment_by")
            if p is None:
                err(f"{rid}: parent_id missing or unknown")
            else:
                if p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
                    err(f"{rid}: parent not a post by the same author on the same platform")
                if not p["created_at"] < r["created_at"]:
                    err(f"{rid}: comment not after its parent")
        else:
            if "parent_id" in r or "comment_by" in r:
                err(f"{rid}: post with comment fields")
        # phone numbers and emails
        for m in re.finditer(r"(?<!\d)0\d[\d ]{8,11}\d", r["text"]):
            digits = re.sub(r"\D", "", m.group())
            if not (digits.startswith("07700900") or digits.startswith("01632960")) or len(digits) != 11:
                err(f"{rid}: phone number outside drama ranges: {m.group()}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.]+)", r["text"]):
            if m.group(1).lower() != "example.com":
                err(f"{rid}: email not on example.com")

    # per-account checks
    accounts = collections.defaultdict(list)
    for r in rows:
        accounts[r["author"]].append(r)
    per_rule = collections.defaultdict(collections.Counter)
    for a, rs in accounts.items():
        for f in ("account_pattern", "account_role", "platform", "account"):
            if len({r[f] for r in rs}) != 1:
                err(f"{a}: more than one {f}")
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[pat][role] += 1
        if not 5 <= len(rs) <= 10:
            err(f"{a}: {len(rs)} rows (want 5-10)")
        post_days = [r["created_at"][:10] for r in rs if r["kind"] == "post"]
        if len(post_days) != len(set(post_days)):
            err(f"{a}: two posts on one day")
        pos = [r for r in rs if r["kind_of_row"] == "positive"]
        if role == "positive" and not pos:
            err(f"{a}: positive account without positive rows")
        if role != "positive" and pos:
            err(f"{a}: positive rows in a {role} account")
        if pat == "harassment.repeated-target":
            if any(r["kind"] != "post" for r in rs):
                err(f"{a}: comments in a repeated-target account")
            if role == "positive":
                days = {r["created_at"][:10] for r in pos}
                if not 2 <= len(days) <= 4 or len(days) != len(pos):
                    err(f"{a}: hostile posts on {len(days)} days")
        if pat == "capacity.mixed-account" and role == "positive":
            if not any(r["kind_of_row"] == "filler" for r in rs):
                err(f"{a}: mixed account without council posts")
        if pat == "moderation.third-party-comments":
            if any(r["kind"] != "comment" for r in pos):
                err(f"{a}: moderation positive that is not a comment")
            if rs[0]["platform"] != "facebook":
                err(f"{a}: moderation account not on facebook")
            if not any(r["kind"] == "comment" for r in rs):
                err(f"{a}: moderation account without comments")
    for rule in ACCOUNT_RULES:
        if per_rule[rule]["positive"] < 7:
            err(f"{rule}: fewer than 7 positive accounts")
        if per_rule[rule]["hard_negative"] + per_rule[rule]["separate_personal"] < 1:
            err(f"{rule}: no hard-negative account")

    # no absolute paths or machine names in the folder's files
    bad = [re.compile(p) for p in (r"/" + "work/", r"/" + "home/", r"/" + "tmp/", r"[A-Z]:\\" + r"\\", r"/" + "Users/")]
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".jsonl"):
            txt = f.read_text(encoding="utf-8")
            for b in bad:
                if b.search(txt):
                    err(f"{f.name}: contains an absolute path")

    # the build is deterministic and matches the file
    spec = importlib.util.spec_from_file_location("b89_build", HERE / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with tempfile.TemporaryDirectory() as td:
        mod.OUT = pathlib.Path(td) / "accounts.jsonl"
        import contextlib
        import io
        with contextlib.redirect_stdout(io.StringIO()):
            mod.build()
        if mod.OUT.read_bytes() != DATA.read_bytes():
            err("build.py does not reproduce accounts.jsonl")


if __name__ == "__main__":
    main()
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")
