"""Checks blind set b80 (accounts.jsonl + council.toml) and prints OK.

Finds RULES.md by walking up from this folder to shared/design/RULES.md; if it is not
there, uses the embedded copy of the rule ids and severities below.
"""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMBEDDED = {
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
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "account_pattern", "account_role", "kind_of_row", "note"]

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    m = re.search(r"\b(advice|review|block)\b", cells[-1])
                    rules[cells[0]] = m.group(1) if m else None
            if rules:
                return rules, str(p.relative_to(d))
    return EMBEDDED, "embedded copy"


def main():
    rules, src = load_rules()
    for r in ACCOUNT_RULES:
        if r not in rules:
            err(f"account rule {r} missing from {src}")
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = set(council.get("people", {}).get("handles", {}))
    if "name" not in council.get("council", {}):
        err("council.toml: [council] name missing")

    rows = []
    for n, line in enumerate((HERE / "accounts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
    byid = {}
    for r in rows:
        rid = r.get("id", "")
        if not re.fullmatch(r"B80-A-\d{4}", rid):
            err(f"bad id {rid!r}")
        if rid in byid:
            err(f"duplicate id {rid}")
        byid[rid] = r
    start, end = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc), dt.datetime(2026, 3, 28, tzinfo=dt.timezone.utc)
    phone_re = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\+44")
    for r in rows:
        rid = r.get("id")
        for f in FIELDS:
            if f not in r:
                err(f"{rid}: missing {f}")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{rid}: empty text")
        if r.get("author") not in handles:
            err(f"{rid}: author {r.get('author')} not in council.toml handles")
        if r.get("platform") not in ("facebook", "x", "bluesky"):
            err(f"{rid}: platform {r.get('platform')}")
        if r.get("account") not in ("councillor", "personal"):
            err(f"{rid}: account {r.get('account')}")
        if r.get("kind") not in ("post", "comment"):
            err(f"{rid}: kind {r.get('kind')}")
        if r.get("account_pattern") not in ACCOUNT_RULES:
            err(f"{rid}: account_pattern {r.get('account_pattern')}")
        if r.get("account_role") not in ("positive", "hard_negative"):
            err(f"{rid}: account_role {r.get('account_role')}")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                err(f"{rid}: offset must be +00:00")
            if not (start <= t < end) or t.weekday() > 4 or not (8 <= t.hour <= 18):
                err(f"{rid}: timestamp {r['created_at']} outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except Exception:
            err(f"{rid}: bad created_at {r.get('created_at')}")
        for m in phone_re.finditer(r.get("text", "")):
            digits = re.sub(r"\D", "", m.group(0))
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                err(f"{rid}: phone number {m.group(0)} not in a drama range")
        if re.search(r"@[\w.-]+\.[a-z]{2,}", r.get("text", "")) and "example.com" not in r["text"]:
            err(f"{rid}: email not on example.com")
        # expectations
        e = r.get("expect", {})
        exp, allw, verd = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for x in exp + allw:
            if x not in rules:
                err(f"{rid}: unknown rule {x}")
        if set(exp) & set(allw):
            err(f"{rid}: rule both expected and allowed")
        want = "ok"
        for x in exp:
            s = rules.get(x) or "ok"
            if SEV[s] > SEV[want]:
                want = s
        if verd != want:
            err(f"{rid}: verdict {verd}, expected {want}")
        pat, kor, role = r.get("account_pattern"), r.get("kind_of_row"), r.get("account_role")
        if kor == "positive":
            if pat not in exp or role != "positive" or r.get("family") != pat:
                err(f"{rid}: positive row must expect its account rule in a positive account")
        elif kor == "hard_negative":
            if exp or allw or verd != "ok" or r.get("family") != "hard_negative":
                err(f"{rid}: hard_negative row must expect nothing, allow nothing, family hard_negative")
        elif kor == "filler":
            if exp or verd != "ok" or r.get("family") != pat:
                err(f"{rid}: filler row must expect nothing")
            if role == "positive" and allw != [pat]:
                err(f"{rid}: filler in a positive account allows only the account rule")
            if role == "hard_negative" and allw:
                err(f"{rid}: filler in a hard-negative account allows nothing")
        else:
            err(f"{rid}: kind_of_row {kor}")
        if r.get("kind") == "comment":
            p = byid.get(r.get("parent_id"))
            if not r.get("comment_by"):
                err(f"{rid}: comment without comment_by")
            if p is None or p.get("kind") != "post":
                err(f"{rid}: parent_id must name a post")
            elif p["author"] != r["author"] or p["platform"] != r["platform"] or p["created_at"] >= r["created_at"]:
                err(f"{rid}: parent must be an earlier post by the same author on the same platform")
        elif "parent_id" in r or "comment_by" in r:
            err(f"{rid}: post with parent_id/comment_by")

    # accounts
    acc = defaultdict(list)
    for r in rows:
        acc[r.get("author")].append(r)
    tally = defaultdict(int)
    for a, rs in acc.items():
        for f in ("account_pattern", "account_role", "platform", "account"):
            if len({r.get(f) for r in rs}) != 1:
                err(f"account {a}: more than one {f}")
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        tally[(pat, role)] += 1
        if not 5 <= len(rs) <= 10:
            err(f"account {a}: {len(rs)} rows (want 5-10)")
        post_days = [r["created_at"][:10] for r in rs if r["kind"] == "post"]
        if len(post_days) != len(set(post_days)):
            err(f"account {a}: two posts on one day")
        pos = [r for r in rs if r["kind_of_row"] == "positive"]
        if role == "positive" and pat == "harassment.repeated-target":
            dd = {r["created_at"][:10] for r in pos}
            if not 2 <= len(dd) <= 4:
                err(f"account {a}: hostile posts on {len(dd)} days (want 2-4)")
        if role == "positive" and pat == "capacity.mixed-account":
            if not pos or not any(r["kind_of_row"] == "filler" for r in rs):
                err(f"account {a}: mixed account needs personal and council posts")
        if role == "positive" and pat == "moderation.third-party-comments":
            if any(r["kind"] != "comment" for r in pos):
                err(f"account {a}: moderation positives must be comments")
            if any(r["platform"] != "facebook" for r in rs):
                err(f"account {a}: moderation accounts are on facebook")
        if role == "positive" and not pos:
            err(f"account {a}: positive account without positive rows")
        if role == "hard_negative" and pos:
            err(f"account {a}: hard-negative account with positive rows")
    for pat in ACCOUNT_RULES:
        if tally[(pat, "positive")] < 7:
            err(f"{pat}: {tally[(pat, 'positive')]} positive accounts (want >= 7)")
        if tally[(pat, "hard_negative")] < 1:
            err(f"{pat}: no hard-negative account")
    # no absolute paths or machine names in the set's files
    for p in HERE.iterdir():
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".jsonl"):
            txt = p.read_text(encoding="utf-8")
            if re.search(r"(?<![\w.])/(work|home|tmp|Users|root|mnt)/", txt):
                err(f"{p.name}: contains an absolute path")

    if errors:
        for e in errors[:50]:
            print("ERROR", e)
        print(f"{len(errors)} error(s); rules from {src}")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
