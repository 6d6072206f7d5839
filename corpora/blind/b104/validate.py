"""Check blind set b104 and print OK (or the problems found).

    python validate.py

Finds the rule catalogue by walking up from this folder to
shared/design/RULES.md; if there is none, uses the built-in copy below.
"""
import importlib.util
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B104-"
ACCOUNT_RULES = ["harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account"]
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BUILTIN = {
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

problems = []


def bad(msg):
    problems.append(msg)


def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                if not line.startswith("|"):
                    continue
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                word = cells[-1].split()[0].rstrip(";,:.") if cells[-1] else ""
                rules[cells[0]] = word if word in LEVEL else None
            if rules:
                return rules, "RULES.md"
    return dict(BUILTIN), "built-in copy"


def main():
    rules, source = load_rules()
    for r in ACCOUNT_RULES:
        if r not in rules:
            bad(f"account rule {r} missing from {source}")

    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    if council.get("council", {}).get("code") != "bexley":
        bad("council.toml: code should be bexley")
    handles = council.get("people", {}).get("handles", {})

    text = (HERE / "accounts.jsonl").read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {n}: not JSON ({e})")
    if not 180 <= len(rows) <= 200:
        bad(f"{len(rows)} rows, want 180-200")

    byid = {}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "account_pattern", "account_role", "kind_of_row", "note"]
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s%04d" % (PREFIX, n):
            bad(f"row {n}: id {rid!r} out of sequence")
        byid[rid] = r
        for f in required:
            if f not in r:
                bad(f"{rid}: missing {f}")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            bad(f"{rid}: empty text")
        if r.get("author") not in handles:
            bad(f"{rid}: author {r.get('author')!r} not in council.toml handles")
        if r.get("platform") not in ("facebook", "x", "bluesky"):
            bad(f"{rid}: platform {r.get('platform')!r}")
        if r.get("account") not in ("councillor", "personal"):
            bad(f"{rid}: account {r.get('account')!r}")
        if r.get("kind") not in ("post", "comment"):
            bad(f"{rid}: kind {r.get('kind')!r}")
        if r.get("account_pattern") not in ACCOUNT_RULES:
            bad(f"{rid}: account_pattern {r.get('account_pattern')!r}")
        if r.get("account_role") not in ("positive", "hard_negative"):
            bad(f"{rid}: account_role {r.get('account_role')!r}")
        if r.get("kind_of_row") not in ("positive", "hard_negative", "filler"):
            bad(f"{rid}: kind_of_row {r.get('kind_of_row')!r}")
        ts = r.get("created_at", "")
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", ts)
        if not m:
            bad(f"{rid}: created_at {ts!r} not ISO with +00:00")
        else:
            dt = datetime.fromisoformat(ts)
            if dt.weekday() > 4:
                bad(f"{rid}: weekend timestamp")
            if not (8 <= dt.hour <= 18):
                bad(f"{rid}: time outside 08:00-18:59")
            if not (date(2026, 1, 5) <= dt.date() <= date(2026, 3, 27)):
                bad(f"{rid}: date outside 5 Jan-27 Mar 2026")
        exp = r.get("expect", {})
        er, ea, ev = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in er + ea:
            if rule not in rules:
                bad(f"{rid}: unknown rule {rule}")
        if set(er) & set(ea):
            bad(f"{rid}: rule both expected and allowed")
        if len(set(er)) != len(er) or len(set(ea)) != len(ea):
            bad(f"{rid}: duplicate rule")
        want = "ok"
        for rule in er:
            s = rules.get(rule)
            if s and LEVEL[s] > LEVEL[want]:
                want = s
        if ev != want:
            bad(f"{rid}: verdict {ev} but highest expected severity is {want}")
        # row-kind and family conventions
        pat, role, k = r.get("account_pattern"), r.get("account_role"), r.get("kind_of_row")
        if k == "positive":
            if role != "positive" or r.get("family") != pat or pat not in er:
                bad(f"{rid}: positive row must be in a positive account, family and expect the account rule")
        elif k == "filler":
            if r.get("family") != pat or er or ev != "ok":
                bad(f"{rid}: filler must have the account rule as family and expect nothing")
            if ea != ([pat] if role == "positive" else []):
                bad(f"{rid}: filler allowed should be {[pat] if role == 'positive' else []}")
        elif k == "hard_negative":
            if r.get("family") != "hard_negative":
                bad(f"{rid}: hard-negative family")
            if pat in er or pat in ea:
                bad(f"{rid}: hard negative expects or allows the account rule")
            if pat == "harassment.repeated-target" and role == "hard_negative":
                if set(er) - {"respect.personal-attack"}:
                    bad(f"{rid}: harassment hard negative may expect only respect.personal-attack")
            elif er:
                bad(f"{rid}: hard negative expects {er}")
        # comments
        if r.get("kind") == "comment":
            if not r.get("comment_by") or not r.get("parent_id"):
                bad(f"{rid}: comment without comment_by/parent_id")
        else:
            if "comment_by" in r or "parent_id" in r:
                bad(f"{rid}: post carries comment fields")

    for r in rows:
        if r.get("kind") != "comment":
            continue
        p = byid.get(r.get("parent_id"))
        if p is None:
            bad(f"{r['id']}: parent {r.get('parent_id')} missing")
            continue
        if p.get("kind") != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
            bad(f"{r['id']}: parent must be a post by the same author on the same platform")
        if p["created_at"][:10] != r["created_at"][:10] or p["created_at"] >= r["created_at"]:
            bad(f"{r['id']}: parent must be earlier the same day")

    # accounts
    acc = defaultdict(list)
    for r in rows:
        acc[r["author"]].append(r)
    per_rule = defaultdict(Counter)
    for author, rs in acc.items():
        for f in ("account_pattern", "account_role", "platform", "account"):
            vals = {r[f] for r in rs}
            if len(vals) != 1:
                bad(f"{author}: several {f} values {vals}")
        pat, role, account = rs[0]["account_pattern"], rs[0]["account_role"], rs[0]["account"]
        per_rule[pat][role] += 1
        if not 5 <= len(rs) <= 15:
            bad(f"{author}: {len(rs)} rows, want 5-15")
        post_days = [r["created_at"][:10] for r in rs if r["kind"] == "post"]
        if len(post_days) != len(set(post_days)):
            bad(f"{author}: two posts on one day")
        kinds = Counter(r["kind_of_row"] for r in rs)
        if account == "personal" and not (pat == "capacity.mixed-account" and role == "hard_negative"):
            bad(f"{author}: personal account outside the mixed-account hard negatives")
        if account == "personal" and any(r["expect"]["rules"] or r["expect"]["allowed"] for r in rs):
            bad(f"{author}: personal account rows should expect and allow nothing")
        if role == "positive" and kinds["positive"] == 0:
            bad(f"{author}: positive account without positive rows")
        if role == "hard_negative" and kinds["positive"]:
            bad(f"{author}: hard-negative account with positive rows")
        if pat == "harassment.repeated-target" and role == "positive":
            days = {r["created_at"][:10] for r in rs if r["kind_of_row"] == "positive"}
            if not 2 <= kinds["positive"] <= 5 or len(days) != kinds["positive"]:
                bad(f"{author}: hostile posts should be 2-5 on separate days")
        if pat == "capacity.mixed-account" and role == "positive":
            if not kinds["positive"] or not kinds["filler"]:
                bad(f"{author}: mixed account needs personal and council posts")
        if pat == "moderation.third-party-comments":
            if rs[0]["platform"] != "facebook":
                bad(f"{author}: moderation accounts are facebook pages")
            for r in rs:
                if r["kind_of_row"] == "positive" and (r["kind"] != "comment" or r["comment_by"] == author):
                    bad(f"{r['id']}: moderation positive must be someone else's comment")
    for pat in ACCOUNT_RULES:
        if per_rule[pat]["positive"] < 6 or per_rule[pat]["hard_negative"] < 2:
            bad(f"{pat}: {dict(per_rule[pat])} accounts, want >=6 positive and >=2 hard negative")

    # texts
    seen = Counter(re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows)
    for t, c in seen.items():
        if c > 1:
            bad(f"duplicate text: {t[:60]!r}")

    # files in the folder: phones, emails, absolute paths
    abs_path = re.compile(r"(?<![\w.~])/(?:" + "|".join(["ho" + "me", "wo" + "rk", "tm" + "p", "Us" + "ers", "ro" + "ot", "mn" + "t", "o" + "pt", "s" + "rv"]) + r")/|\b[A-Z]:\\(?=\w)")
    phone = re.compile(r"(?<![\w£])(?:\+44\s?|0)\d(?:[ -]?\d){8,10}(?!\d)")
    email = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    for p in sorted(HERE.iterdir()):
        if not p.is_file() or p.suffix not in (".py", ".md", ".toml", ".jsonl"):
            continue
        body = p.read_text(encoding="utf-8")
        if abs_path.search(body):
            bad(f"{p.name}: absolute path {abs_path.search(body).group(0)!r}")
        for m in phone.finditer(body):
            digits = re.sub(r"\D", "", m.group(0)).replace("44", "0", 1) if m.group(0).startswith("+") else re.sub(r"\D", "", m.group(0))
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                bad(f"{p.name}: phone number {m.group(0)!r} outside the drama ranges")
        for m in email.finditer(body):
            if not m.group(0).endswith("@example.com"):
                bad(f"{p.name}: email {m.group(0)!r} not on example.com")

    # reproducibility
    spec = importlib.util.spec_from_file_location("b104_build", HERE / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if mod.render() != text:
        bad("build.py does not reproduce accounts.jsonl byte for byte")

    if problems:
        for m in problems:
            print("FAIL:", m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
