"""Check blind set b74 (accounts.jsonl). Prints OK when every check passes."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMBEDDED = {  # rule id -> severities, used only when RULES.md is not found above this folder
    "respect.personal-attack": "review block", "respect.abusive-language": "review block",
    "bullying.intimidation": "block", "equality.discrimination": "block", "officers.impartiality": "review",
    "confidentiality.disclosure": "review block", "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review block", "predetermination.closed-mind": "review block",
    "capacity.council-voice": "review", "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice review", "defamation.allegation": "review block",
    "copyright.third-party-content": "advice", "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice", "association.endorsed-content": "advice review block",
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review", "capacity.mixed-account": "advice",
}
ACCOUNT_RULES = ["harassment.repeated-target", "capacity.mixed-account", "moderation.third-party-comments"]
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}


def rule_table():
    for p in [HERE, *HERE.parents]:
        f = p / "shared" / "design" / "RULES.md"
        if f.is_file():
            out = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    out[m.group(1)] = cells[-1]
            return out
    return EMBEDDED


def main():
    errs = []
    e = errs.append
    rules = rule_table()
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = set(cfg["people"]["handles"])
    rows = []
    for n, line in enumerate((HERE / "accounts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except Exception as x:
            e(f"line {n}: {x}")
    byid = {}
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
           "account_pattern", "account_role", "kind_of_row", "note"]
    for r in rows:
        i = r.get("id", "?")
        for k in req:
            if k not in r:
                e(f"{i}: missing {k}")
        if not re.fullmatch(r"B74-A-\d{4}", i) or i in byid:
            e(f"{i}: bad or duplicate id")
        byid[i] = r
    for r in rows:
        i, x = r["id"], r["expect"]
        if r["author"] not in handles:
            e(f"{i}: author not in council.toml")
        if r["platform"] not in ("facebook", "x", "bluesky"):
            e(f"{i}: platform")
        if r["account"] not in ("councillor", "personal") or r["kind"] not in ("post", "comment"):
            e(f"{i}: account/kind")
        if r["kind_of_row"] not in ("positive", "hard_negative", "filler"):
            e(f"{i}: kind_of_row")
        if r["account_pattern"] not in ACCOUNT_RULES or r["account_role"] not in ("positive", "hard_negative"):
            e(f"{i}: pattern/role")
        t = dt.datetime.fromisoformat(r["created_at"])
        if not (r["created_at"].endswith("+00:00") and t.weekday() < 5 and 8 <= t.hour <= 18
                and dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            e(f"{i}: timestamp")
        for rid in x["rules"] + x["allowed"]:
            if rid not in rules:
                e(f"{i}: unknown rule {rid}")
        if set(x["rules"]) & set(x["allowed"]):
            e(f"{i}: rule both expected and allowed")
        top = "ok"
        for rid in x["rules"]:
            sev = rules.get(rid, "")
            low = min((s for s in ORDER if s in sev), key=ORDER.get, default="ok")
            if ORDER[low] > ORDER[top]:
                top = low
        if x["verdict"] != top:
            e(f"{i}: verdict {x['verdict']} != {top}")
        kor, pat = r["kind_of_row"], r["account_pattern"]
        if kor == "positive" and pat not in x["rules"]:
            e(f"{i}: positive lacks account rule")
        if kor != "positive" and (x["rules"] or x["verdict"] != "ok"):
            e(f"{i}: non-positive expects something")
        if kor == "filler" and r["account_role"] == "positive" and pat not in x["allowed"]:
            e(f"{i}: filler of positive account must allow the rule")
        if r["account_role"] == "hard_negative" and (x["allowed"] or kor == "positive"):
            e(f"{i}: hard-negative account row allows/expects something")
        if any(a in x["rules"] for a in ACCOUNT_RULES if a != pat):
            e(f"{i}: other account rule expected")
        if r["family"] != ("hard_negative" if kor == "hard_negative" else pat):
            e(f"{i}: family")
        if r["kind"] == "comment":
            p = byid.get(r.get("parent_id"))
            if not r.get("comment_by") or not p or p["kind"] != "post" or p["author"] != r["author"] \
                    or p["platform"] != r["platform"] or p["created_at"] >= r["created_at"]:
                e(f"{i}: comment parent")
        elif "comment_by" in r or "parent_id" in r:
            e(f"{i}: post with comment fields")
        if pat == "moderation.third-party-comments" and kor == "positive" and r["kind"] != "comment":
            e(f"{i}: moderation positive must be a comment")
    acc = defaultdict(list)
    for r in rows:
        acc[r["author"]].append(r)
    per_rule = Counter()
    for a, rs in acc.items():
        for k in ("account_pattern", "account_role", "platform"):
            if len({r[k] for r in rs}) != 1:
                e(f"{a}: more than one {k}")
        if not 5 <= len(rs) <= 10:
            e(f"{a}: {len(rs)} rows")
        pdays = [r["created_at"][:10] for r in rs if r["kind"] == "post"]
        if len(pdays) != len(set(pdays)):
            e(f"{a}: two posts on one day")
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[(pat, role)] += 1
        if pat == "harassment.repeated-target" and role == "positive":
            d = {r["created_at"][:10] for r in rs if r["kind_of_row"] == "positive"}
            if not 2 <= len(d) <= 4:
                e(f"{a}: hostile posts on {len(d)} days")
        if pat == "capacity.mixed-account" and role == "positive":
            kinds = Counter(r["kind_of_row"] for r in rs)
            if not (kinds["positive"] and kinds["filler"]):
                e(f"{a}: mixed account lacks personal or council posts")
    for pat in ACCOUNT_RULES:
        if per_rule[(pat, "positive")] < 7 or per_rule[(pat, "hard_negative")] < 1:
            e(f"{pat}: too few accounts")
    for text in (HERE / "accounts.jsonl").read_text(encoding="utf-8"), (HERE / "council.toml").read_text(encoding="utf-8"):
        for ph in re.findall(r"\b0\d{4} ?\d{6}\b", text):
            if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}", ph):
                e(f"phone number outside drama ranges: {ph}")
    if errs:
        print("\n".join(errs[:50]))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
