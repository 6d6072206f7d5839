"""Check blind set b86 (accounts.jsonl + council.toml). Prints OK when every check passes."""
import collections
import datetime as dt
import json
import pathlib
import re
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

HERE = pathlib.Path(__file__).resolve().parent

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
    "association.endorsed-content": "advice", "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review", "capacity.mixed-account": "advice",
}
HR, MA, MOD = "harassment.repeated-target", "capacity.mixed-account", "moderation.third-party-comments"
ORDER = ["ok", "advice", "review", "block"]
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "account_pattern", "account_role", "kind_of_row", "note"]

errors = []


def err(msg):
    errors.append(msg)


def rule_severities():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+?)\s*\|\s*$", line)
                if m:
                    words = re.findall(r"advice|review|block", m.group(2))
                    if words:
                        sev[m.group(1)] = words[0]
            if sev:
                return sev
    return dict(EMBEDDED)


SEV = rule_severities()
for r in (HR, MA, MOD):
    if r not in SEV:
        err("account rule %s not in the catalogue" % r)

council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
handles = council.get("people", {}).get("handles", {})

rows = []
for n, line in enumerate((HERE / "accounts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err("line %d: bad JSON (%s)" % (n, e))

byid = {}
for r in rows:
    for f in FIELDS:
        if f not in r:
            err("%s: missing %s" % (r.get("id"), f))
    rid = r.get("id", "")
    if not re.fullmatch(r"B86-A-\d{4}", rid):
        err("bad id %r" % rid)
    if rid in byid:
        err("duplicate id %s" % rid)
    byid[rid] = r

START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
accounts = collections.defaultdict(list)
for r in rows:
    rid = r["id"]
    if not isinstance(r["text"], str) or not r["text"].strip():
        err("%s: empty text" % rid)
    if r["author"] not in handles:
        err("%s: author %s not in council.toml" % (rid, r["author"]))
    if r["account"] not in ("councillor", "personal"):
        err("%s: account %r" % (rid, r["account"]))
    if r["platform"] not in ("x", "facebook", "bluesky"):
        err("%s: platform %r" % (rid, r["platform"]))
    if r["kind"] not in ("post", "comment"):
        err("%s: kind %r" % (rid, r["kind"]))
    t = dt.datetime.fromisoformat(r["created_at"])
    if not r["created_at"].endswith("+00:00") or t.weekday() > 4 or not (8 <= t.hour <= 18) \
            or not (START <= t.date() <= END):
        err("%s: timestamp %s outside weekday 08:00-18:59 5 Jan-27 Mar 2026" % (rid, r["created_at"]))
    e = r["expect"]
    for rule in e["rules"] + e["allowed"]:
        if rule not in SEV:
            err("%s: unknown rule %s" % (rid, rule))
    if set(e["rules"]) & set(e["allowed"]):
        err("%s: rule both expected and allowed" % rid)
    verdict = max(["ok"] + [SEV.get(x, "ok") for x in e["rules"]], key=ORDER.index)
    if e["verdict"] != verdict:
        err("%s: verdict %s, expected %s" % (rid, e["verdict"], verdict))
    pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
    if pat not in (HR, MA, MOD):
        err("%s: account_pattern %s" % (rid, pat))
    if role not in ("positive", "hard_negative", "separate_personal"):
        err("%s: account_role %s" % (rid, role))
    if kor == "positive":
        if role != "positive" or pat not in e["rules"] or r["family"] != pat:
            err("%s: positive row conventions" % rid)
    elif kor == "hard_negative":
        if e["rules"] or e["allowed"] or e["verdict"] != "ok" or r["family"] != "hard_negative":
            err("%s: hard_negative row conventions" % rid)
    elif kor == "filler":
        want = [pat] if role == "positive" else []
        if e["rules"] or e["allowed"] != want or e["verdict"] != "ok" or r["family"] != pat:
            err("%s: filler row conventions" % rid)
    else:
        err("%s: kind_of_row %s" % (rid, kor))
    if r["kind"] == "comment":
        p = byid.get(r.get("parent_id"))
        if not r.get("comment_by"):
            err("%s: comment without comment_by" % rid)
        if p is None or p["kind"] != "post" or p["author"] != r["author"] \
                or p["platform"] != r["platform"] or p["created_at"] >= r["created_at"] \
                or p["created_at"][:10] != r["created_at"][:10]:
            err("%s: bad comment parent" % rid)
    elif "parent_id" in r or "comment_by" in r:
        err("%s: post with comment fields" % rid)
    for m in re.finditer(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b", r["text"]):
        digits = re.sub(r"\s", "", m.group())
        if not (digits.startswith("07700900") or digits.startswith("01632960")):
            err("%s: phone number outside drama ranges" % rid)
    if re.search(r"[\w.]+@[\w-]+\.[\w.]+", r["text"]) and "example.com" not in r["text"]:
        err("%s: email not on example.com" % rid)
    accounts[r["author"]].append(r)

per_pattern = collections.defaultdict(lambda: collections.Counter())
acc_roles = collections.defaultdict(collections.Counter)
for author, rs in accounts.items():
    for f in ("account_pattern", "account_role", "platform", "account"):
        if len({x[f] for x in rs}) != 1:
            err("%s: more than one %s" % (author, f))
    pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
    acc_roles[pat][role] += 1
    if not 5 <= len(rs) <= 15:
        err("%s: %d rows (want 5-15)" % (author, len(rs)))
    post_days = [x["created_at"][:10] for x in rs if x["kind"] == "post"]
    if len(post_days) != len(set(post_days)):
        err("%s: two posts on one day" % author)
    pos = [x for x in rs if x["kind_of_row"] == "positive"]
    if pat == HR and role == "positive":
        days = {x["created_at"][:10] for x in pos}
        if not 2 <= len(days) <= 4:
            err("%s: hostile posts on %d days" % (author, len(days)))
    if pat == MA and role == "positive":
        kinds = {x["kind_of_row"] for x in rs}
        if not {"positive", "filler"} <= kinds:
            err("%s: mixed account lacks both kinds of post" % author)
    if pat == MOD and role == "positive":
        if any(x["kind"] != "comment" for x in pos):
            err("%s: moderation positive that is not a comment" % author)
        if rs[0]["platform"] != "facebook":
            err("%s: moderation account not on facebook" % author)
    if role == "separate_personal" and rs[0]["account"] != "personal":
        err("%s: separate personal account not marked personal" % author)
    for x in rs:
        per_pattern[pat][x["kind_of_row"]] += 1

for pat in (HR, MA, MOD):
    c = per_pattern[pat]
    if c["positive"] < 20 or c["hard_negative"] < 20:
        err("%s: %d positive, %d hard_negative rows (want >= 20 each)" % (pat, c["positive"], c["hard_negative"]))
    if acc_roles[pat]["positive"] < 5 or acc_roles[pat]["hard_negative"] < 2:
        err("%s: too few accounts %s" % (pat, dict(acc_roles[pat])))

for f in HERE.iterdir():
    if f.is_file() and f.suffix in (".py", ".md", ".toml", ".jsonl"):
        txt = f.read_text(encoding="utf-8")
        if re.search(r"(?<![\w.])/(work|home|tmp|Users|mnt|root)/", txt) or re.search(r"[A-Z]:\\\\", txt):
            err("%s: absolute path" % f.name)

if errors:
    for e in errors[:50]:
        print("FAIL:", e)
    print("%d problems" % len(errors))
    sys.exit(1)
print("OK")
