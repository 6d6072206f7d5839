"""Build accounts.jsonl for blind set b187 from the hand-written account files.

Deterministic (fixed seed): running it again writes the same bytes.

    python3 build.py               # writes accounts.jsonl next to this file
    python3 build.py --out FILE    # writes FILE instead (validate.py uses this)

What it does:
- keeps each account's rows in written order;
- spreads an account's own posts (kind post or reply) one per chunk of the
  55 weekdays 12 Jan - 27 Mar 2026, so no account posts twice on one day;
- times posts 08:00-17:59 UTC (08:00-12:59 where comments follow), and each
  comment 4-55 minutes after the row before it, under the owner's post it
  follows (same day, same platform);
- adds the account rule to positive rows' `rules`, and to filler rows'
  `allowed` in positive accounts;
- computes each verdict as the highest base severity expected;
- shuffles, numbers the rows B187-0001 onwards, and resolves parent_id and
  the {key} citations in notes to ids.
"""
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the folder

import argparse
import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import acc_harass_pos_a  # noqa: E402
import acc_harass_pos_b  # noqa: E402
import acc_harass_neg  # noqa: E402
import acc_mixed_pos  # noqa: E402
import acc_mixed_neg  # noqa: E402
import acc_mod_pos  # noqa: E402
import acc_mod_neg  # noqa: E402

SEED = 18787
SET_ID = "B187"
START = dt.date(2026, 1, 12)
END = dt.date(2026, 3, 27)

# Base severities (the lower one where RULES.md says "review; block when severe").
SEVERITY = {
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
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ALL_ACCOUNTS = (
    acc_harass_pos_a.ACCOUNTS
    + acc_harass_pos_b.ACCOUNTS
    + acc_harass_neg.ACCOUNTS
    + acc_mixed_pos.ACCOUNTS
    + acc_mixed_neg.ACCOUNTS
    + acc_mod_pos.ACCOUNTS
    + acc_mod_neg.ACCOUNTS
)


def weekdays():
    days, d = [], START
    while d <= END:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def verdict(rules):
    best = "ok"
    for r in rules:
        sev = SEVERITY[r]
        if RANK[sev] > RANK[best]:
            best = sev
    return best


def stamp(day, minutes):
    return "%sT%02d:%02d:00+00:00" % (day.isoformat(), minutes // 60, minutes % 60)


def build():
    rng = random.Random(SEED)
    days = weekdays()
    records = []
    for acc in ALL_ACCOUNTS:
        rows = acc["rows"]
        owner_idx = [i for i, r in enumerate(rows) if r["kind"] != "comment"]
        n = len(owner_idx)
        # one day per chunk of the weekday list
        chosen = []
        for c in range(n):
            lo = c * len(days) // n
            hi = (c + 1) * len(days) // n
            chosen.append(days[rng.randrange(lo, hi)])
        day_of, parent_of = {}, {}
        post_no = -1
        cur_day = cur_min = cur_parent = None
        times = {}
        for i, r in enumerate(rows):
            if r["kind"] != "comment":
                post_no += 1
                cur_day = chosen[post_no]
                has_comments = i + 1 < len(rows) and rows[i + 1]["kind"] == "comment"
                last_hour = 12 if has_comments else 17
                cur_min = rng.randint(8 * 60, last_hour * 60 + 59)
                cur_parent = r["key"] if r["kind"] == "post" else None
            else:
                if cur_parent is None:
                    raise SystemExit("comment %s has no owner post before it" % r["key"])
                cur_min += rng.randint(4, 55)
                parent_of[r["key"]] = cur_parent
            if cur_min > 18 * 60 + 59:
                raise SystemExit("row %s runs past 18:59" % r["key"])
            day_of[r["key"]] = cur_day
            times[r["key"]] = cur_min
        for r in rows:
            pattern, role, row = acc["pattern"], acc["role"], r["row"]
            rules, allowed = list(r["rules"]), list(r["allowed"])
            if row == "positive":
                rules = [pattern] + [x for x in rules if x != pattern]
            elif row == "filler":
                if rules:
                    raise SystemExit("filler %s expects rules" % r["key"])
                allowed = [pattern] if role == "positive" else []
            rec = {
                "key": r["key"],
                "text": r["text"],
                "author": acc["author"],
                "created_at": stamp(day_of[r["key"]], times[r["key"]]),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["kind"],
                "comment_by": r["by"],
                "parent_key": parent_of.get(r["key"]),
                "expect": {"rules": rules, "allowed": allowed, "verdict": verdict(rules)},
                "family": "hard_negative" if row == "hard_negative" else pattern,
                "account_pattern": pattern,
                "account_role": role,
                "kind_of_row": row,
                "note": r["note"],
            }
            records.append(rec)
    rng.shuffle(records)
    ids = {}
    for n, rec in enumerate(records, 1):
        if rec["key"] in ids:
            raise SystemExit("duplicate key %s" % rec["key"])
        ids[rec["key"]] = "%s-%04d" % (SET_ID, n)

    def cite(m):
        k = m.group(1)
        if k not in ids:
            raise SystemExit("note cites unknown key %s" % k)
        return ids[k]

    out = []
    for rec in records:
        row = {
            "id": ids[rec["key"]],
            "text": rec["text"],
            "author": rec["author"],
            "created_at": rec["created_at"],
            "platform": rec["platform"],
            "account": rec["account"],
            "kind": rec["kind"],
        }
        if rec["kind"] == "comment":
            row["comment_by"] = rec["comment_by"]
            row["parent_id"] = ids[rec["parent_key"]]
        row["expect"] = rec["expect"]
        for f in ("family", "account_pattern", "account_role", "kind_of_row"):
            row[f] = rec[f]
        row["note"] = re.sub(r"\{([a-z_0-9]+)\}", cite, rec["note"])
        out.append(row)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "accounts.jsonl"))
    args = ap.parse_args()
    rows = build()
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), os.path.basename(args.out)))


if __name__ == "__main__":
    main()
