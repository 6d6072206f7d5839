"""Check blind set b77 (accounts.jsonl + council.toml). Prints OK or the problems.

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md;
if there is none, uses the embedded copy of the rule ids and severities below.
Usage: python validate.py
"""
import collections
import datetime as dt
import json
import pathlib
import re
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "accounts.jsonl"
COUNCIL = HERE / "council.toml"

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
ACCOUNT_RULES = ["harassment.repeated-target", "capacity.mixed-account",
                 "moderation.third-party-comments"]
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "account_pattern", "account_role", "kind_of_row", "note"]
FIRST, LAST = dt.date(2026, 1, 5), dt.date(2026, 3, 27)


def load_rules():
    for d in [HERE, *HERE.parents]:
        f = d / "shared" / "design" / "RULES.md"
        if f.is_file():
            rules = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                cells = [x.strip() for x in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    m = re.match(r"(advice|review|block)", cells[-1])
                    rules[cells[0]] = m.group(1) if m else None
            if rules:
                return rules, "RULES.md"
    return dict(EMBEDDED), "embedded copy"


def load_handles(errors):
    text = COUNCIL.read_text(encoding="utf-8")
    if tomllib:
        try:
            conf = tomllib.loads(text)
        except Exception as e:  # noqa: BLE001
            errors.append(f"council.toml does not parse: {e}")
            return set()
        if "council" not in conf or "name" not in conf["council"]:
            errors.append("council.toml lacks [council] name")
        return set(conf.get("people", {}).get("handles", {}))
    return set(re.findall(r'^"(@[^"]+)"\s*=', text, re.M))


def main():
    errors = []
    rules, source = load_rules()
    for r in ACCOUNT_RULES:
        if r not in rules:
            errors.append(f"account rule {r} not in {source}")
    handles = load_handles(errors)

    rows = []
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
    by_id = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id", f"line{i}")
        for k in REQUIRED:
            if k not in r or r[k] in ("", None):
                errors.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"B77-A-\d{4}", str(rid)):
            errors.append(f"{rid}: bad id")
        if rid in by_id:
            errors.append(f"{rid}: duplicate id")
        by_id[rid] = r
    if [r.get("id") for r in rows] != [f"B77-A-{i:04d}" for i in range(1, len(rows) + 1)]:
        errors.append("ids are not B77-A-0001.. in file order")

    for r in rows:
        rid = r.get("id")
        if r.get("author") not in handles:
            errors.append(f"{rid}: author {r.get('author')} not in council.toml handles")
        if r.get("platform") not in ("facebook", "x", "bluesky"):
            errors.append(f"{rid}: platform {r.get('platform')}")
        if r.get("account") not in ("councillor", "personal"):
            errors.append(f"{rid}: account {r.get('account')}")
        if r.get("kind") not in ("post", "comment"):
            errors.append(f"{rid}: kind {r.get('kind')}")
        if r.get("account_pattern") not in ACCOUNT_RULES:
            errors.append(f"{rid}: account_pattern {r.get('account_pattern')}")
        if r.get("account_role") not in ("positive", "hard_negative"):
            errors.append(f"{rid}: account_role {r.get('account_role')}")
        # timestamp
        try:
            ts = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                errors.append(f"{rid}: created_at not +00:00")
            if ts.weekday() > 4 or not (8 <= ts.hour <= 18) or not (FIRST <= ts.date() <= LAST):
                errors.append(f"{rid}: created_at {r['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        except (KeyError, ValueError):
            errors.append(f"{rid}: bad created_at")
        # expectations
        e = r.get("expect", {})
        ex, al = e.get("rules", []), e.get("allowed", [])
        for x in ex + al:
            if x not in rules:
                errors.append(f"{rid}: unknown rule {x}")
        if set(ex) & set(al):
            errors.append(f"{rid}: rule both expected and allowed")
        want = "ok"
        for x in ex:
            s = rules.get(x) or EMBEDDED.get(x)
            if s and ORDER[s] > ORDER[want]:
                want = s
        if e.get("verdict") != want:
            errors.append(f"{rid}: verdict {e.get('verdict')} but highest severity is {want}")
        kor, pat, role = r.get("kind_of_row"), r.get("account_pattern"), r.get("account_role")
        if kor == "positive":
            if pat not in ex:
                errors.append(f"{rid}: positive row does not expect {pat}")
            if role != "positive":
                errors.append(f"{rid}: positive row in a hard-negative account")
            if r.get("family") != pat:
                errors.append(f"{rid}: family should be {pat}")
        elif kor == "hard_negative":
            if ex or al or e.get("verdict") != "ok":
                errors.append(f"{rid}: hard negative must expect and allow nothing, verdict ok")
            if r.get("family") != "hard_negative":
                errors.append(f"{rid}: family should be hard_negative")
        elif kor == "filler":
            if ex or e.get("verdict") != "ok":
                errors.append(f"{rid}: filler must expect nothing, verdict ok")
            if al != ([pat] if role == "positive" else []):
                errors.append(f"{rid}: filler allowed should be {[pat] if role == 'positive' else []}")
            if r.get("family") != pat:
                errors.append(f"{rid}: family should be {pat}")
        else:
            errors.append(f"{rid}: kind_of_row {kor}")
        # comments
        if r.get("kind") == "comment":
            par = by_id.get(r.get("parent_id"))
            if not r.get("comment_by"):
                errors.append(f"{rid}: comment without comment_by")
            if par is None:
                errors.append(f"{rid}: parent_id {r.get('parent_id')} not found")
            else:
                if par.get("kind") != "post":
                    errors.append(f"{rid}: parent is not a post")
                if par.get("author") != r.get("author") or par.get("platform") != r.get("platform"):
                    errors.append(f"{rid}: parent has another author or platform")
                if par.get("created_at", "") >= r.get("created_at", ""):
                    errors.append(f"{rid}: comment not after its parent")
                if par.get("created_at", "")[:10] != r.get("created_at", "")[:10]:
                    errors.append(f"{rid}: comment on another day than its parent")
        elif "parent_id" in r or "comment_by" in r:
            errors.append(f"{rid}: post carries comment fields")
        # contact details
        text = r.get("text", "")
        for m in re.finditer(r"(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,10}\b", text):
            digits = re.sub(r"\D", "", m.group(0)).replace("44", "0", 1) if m.group(0).startswith("+") else re.sub(r"\D", "", m.group(0))
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                errors.append(f"{rid}: phone number {m.group(0)} outside the drama ranges")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.]+)", text):
            if m.group(1).lower() != "example.com":
                errors.append(f"{rid}: email domain {m.group(1)} is not example.com")

    # accounts
    accounts = collections.defaultdict(list)
    for r in rows:
        accounts[r.get("author")].append(r)
    tally = collections.Counter()
    for a, rs in accounts.items():
        for k in ("account_pattern", "account_role", "platform", "account"):
            if len({r.get(k) for r in rs}) != 1:
                errors.append(f"{a}: more than one {k}")
        pat, role = rs[0].get("account_pattern"), rs[0].get("account_role")
        tally[(pat, role)] += 1
        if not 5 <= len(rs) <= 10:
            errors.append(f"{a}: {len(rs)} rows (want 5-10)")
        days = [r["created_at"][:10] for r in rs if r.get("kind") == "post"]
        if len(days) != len(set(days)):
            errors.append(f"{a}: two posts on one day")
        kinds = collections.Counter(r.get("kind_of_row") for r in rs)
        if role == "positive" and kinds["positive"] == 0:
            errors.append(f"{a}: positive account without positive rows")
        if role == "hard_negative" and kinds["positive"]:
            errors.append(f"{a}: hard-negative account with positive rows")
        if pat == "harassment.repeated-target" and role == "positive":
            hd = {r["created_at"][:10] for r in rs if r.get("kind_of_row") == "positive"}
            if not 2 <= len(hd) <= 4:
                errors.append(f"{a}: hostile posts on {len(hd)} days (want 2-4)")
        if pat == "capacity.mixed-account" and role == "positive":
            if not (kinds["positive"] and kinds["filler"]):
                errors.append(f"{a}: mixed account lacks personal or council posts")
        if pat == "moderation.third-party-comments":
            if role == "positive":
                for r in rs:
                    if r.get("kind_of_row") == "positive" and r.get("kind") != "comment":
                        errors.append(f"{r.get('id')}: moderation positive is not a comment")
            if any(r.get("platform") != "facebook" for r in rs):
                errors.append(f"{a}: moderation account not on facebook")
    for pat in ACCOUNT_RULES:
        if tally[(pat, "positive")] < 7:
            errors.append(f"{pat}: {tally[(pat, 'positive')]} positive accounts (want >= 7)")
        if tally[(pat, "hard_negative")] < 1:
            errors.append(f"{pat}: no hard-negative account")

    # no absolute paths or machine names in the set's own files
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".jsonl"):
            body = f.read_text(encoding="utf-8")
            if re.search(r"(?<![\w.])/(?:home|work|tmp|Users|mnt|root)/", body) or re.search(r"[A-Z]:\\\\", body):
                errors.append(f"{f.name}: contains an absolute path")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    verdicts = collections.Counter(r["expect"]["verdict"] for r in rows)
    print(f"{len(rows)} rows, {len(accounts)} accounts, rules from {source}; verdicts "
          + ", ".join(f"{k} {verdicts[k]}" for k in ORDER))
    print("OK")


if __name__ == "__main__":
    main()
