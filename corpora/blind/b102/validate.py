"""Checks blind set b102 and prints OK (or the problems found).

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md;
if it is not there, uses the built-in copy of the rule ids and severities below.
"""
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B102"
ORDER = ["ok", "advice", "review", "block"]

BUILTIN = {  # rule id -> (lowest, highest) severity
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

FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
EQ_TAGS = ["race", "religion or belief", "disability", "age", "sex", "sexual orientation",
           "gender reassignment", "pregnancy and maternity", "marriage and civil partnership"]
MIN_COUNTS = {"positive": 170, "hard_negative": 132, "variant": 30}
PARTIES = {
    "Wherry Party": r"\bWherry Party\b|\bWherries\b",
    "Fen Forward": r"\bFen Forward\b",
    "Green Reed": r"\bGreen Reed\b",
    "Washland Independents": r"\bWashland Independents?\b",
    "Drainers' League": r"\bDrainers'? League\b|\bDrainers\b",
}
SHORT = {"Philip Rix": ["Phil"]}
ROLES = {
    "Peggy Thurlow": ["the Leader", "Leader of the Council"],
    "Graham Cushion": ["Cabinet Member for Finance", "finance portfolio"],
    "Derek Spall": ["Cabinet Member for Housing", "housing portfolio"],
    "Brian Howlett": ["chair of planning", "chairs planning", "chaired planning"],
    "Janet Bloomfield": ["the Mayor", "mayoral", "Mayor's"],
    "Naomi Leverton": ["group leader", "leader of Fen Forward"],
    "Tomas Jankauskas": ["leader of Green Reed"],
}

problems = []


def bad(msg):
    problems.append(msg)


def severities():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    s = cells[-1]
                    found = [w for w in ORDER[1:] if re.search(r"\b%s\b" % w, s)]
                    if "one level lower" in s:
                        found = ["advice", "block"]
                    if not found:
                        bad(f"RULES.md: cannot read severity of {cells[0]}")
                        continue
                    sev[cells[0]] = (min(found, key=ORDER.index), max(found, key=ORDER.index))
            if sev:
                return sev
    return BUILTIN


def roster():
    with open(HERE / "council.toml", "rb") as f:
        cfg = tomllib.load(f)
    assert cfg["council"]["code"] == "bexley", "council code must be bexley"
    text = (HERE / "council.toml").read_text(encoding="utf-8")
    party = {}
    for name in cfg["people"]["councillors"]:
        m = re.search(r'"%s",\s*#[^(\n]*\(([^)]*)\)' % re.escape(name), text)
        if not m:
            bad(f"council.toml: no party comment for {name}")
            continue
        party[name] = m.group(1)
    handles = {h: n for h, n in cfg["people"]["handles"].items() if n in party}
    return party, handles


def named_people(text, party, handles):
    out = set()
    for name in party:
        first, last = name.split()[0], name.split()[-1]
        words = [name, first, last] + SHORT.get(name, []) + ROLES.get(name, [])
        words += [h for h, n in handles.items() if n == name]
        if any(re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text, re.I) for w in words):
            out.add(name)
    return out


def main():
    sev = severities()
    party, handles = roster()
    rows, ids = [], set()
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {n}: {e}")
    by_id = {}
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r.get("id", "?")
        for f in ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"]:
            if f not in r:
                bad(f"{rid}: missing {f}")
        if not re.fullmatch(PREFIX + r"-\d{4}", rid) or rid in ids:
            bad(f"{rid}: bad or duplicate id")
        ids.add(rid)
        by_id[rid] = r
        if r["author"] not in handles:
            bad(f"{rid}: author {r['author']} is not a councillor handle")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            bad(f"{rid}: platform")
        if r["account"] != "councillor" or r["kind"] != "post":
            bad(f"{rid}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if (not r["created_at"].endswith("+00:00") or t.weekday() > 4 or not 8 <= t.hour <= 18
                    or not start <= t.date() <= end):
                bad(f"{rid}: timestamp {r['created_at']}")
        except ValueError:
            bad(f"{rid}: timestamp unreadable")
        e = r["expect"]
        for rule in e["rules"] + e["allowed"]:
            if rule not in sev:
                bad(f"{rid}: unknown rule {rule}")
        if set(e["rules"]) & set(e["allowed"]):
            bad(f"{rid}: rule both expected and allowed")
        if len(set(e["allowed"])) != len(e["allowed"]) or len(set(e["rules"])) != len(e["rules"]):
            bad(f"{rid}: repeated rule")
        k = r["kind_of_row"]
        if k == "hard_negative":
            if e["rules"] or e["verdict"] != "ok" or r["family"] != "hard_negative":
                bad(f"{rid}: hard negative must expect nothing, verdict ok")
            if len(re.findall(r"\bHN[1-6]\b", r["note"])) != 1 or not re.match(r"HN[1-6] ", r["note"]):
                bad(f"{rid}: hard negative needs exactly one HN tag at the start of the note")
        elif k in ("positive", "variant"):
            if r["family"] not in FAMILIES or r["family"] not in e["rules"]:
                bad(f"{rid}: family rule not expected")
            lo = max((sev[x][0] for x in e["rules"] if x in sev), key=ORDER.index, default="ok")
            hi = max((sev[x][1] for x in e["rules"] if x in sev), key=ORDER.index, default="ok")
            if not ORDER.index(lo) <= ORDER.index(e["verdict"]) <= ORDER.index(hi):
                bad(f"{rid}: verdict {e['verdict']} does not fit {e['rules']}")
            if k == "positive":
                named = named_people(r["text"], party, handles)
                if handles.get(r["author"]) in named:
                    bad(f"{rid}: positive written by the councillor it names")
                if r["family"] == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\]", r["note"]):
                    bad(f"{rid}: bullying note tag")
                if r["family"] == "equality.discrimination":
                    m = re.match(r"\[(explicit|coded); ([a-z ]+)\]", r["note"])
                    if not m or m.group(2) not in EQ_TAGS:
                        bad(f"{rid}: equality note tag")
        else:
            bad(f"{rid}: kind_of_row {k}")
        for m in re.finditer(r"\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b", r["text"]):
            if not re.match(r"07700[ -]?900\d{3}$|01632[ -]?960\d{3}$", m.group(0)):
                bad(f"{rid}: phone number outside drama ranges: {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.]+)", r["text"]):
            if m.group(1).lower() != "example.com":
                bad(f"{rid}: email not on example.com")
    # cited ids, variants
    seen_kinds = {f: [] for f in FAMILIES}
    for r in rows:
        for cited in re.findall(PREFIX + r"-\d{4}", r["note"]):
            if cited not in by_id:
                bad(f"{r['id']}: cites missing {cited}")
        if r["kind_of_row"] != "variant":
            continue
        o = by_id.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if not o or o["kind_of_row"] != "positive" or kind not in KINDS:
            bad(f"{r['id']}: variant_of / variant_kind")
            continue
        seen_kinds[o["family"]].append(kind)
        want_allowed = set(o["expect"]["allowed"]) | ({"haste.pause-before-posting"} if kind == "caps" else set())
        if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
                or set(r["expect"]["allowed"]) != want_allowed or r["family"] != o["family"]
                or r["author"] != o["author"] or r["platform"] != o["platform"]):
            bad(f"{r['id']}: variant does not keep its original's labels, author and platform")
        t, ot = r["text"], o["text"]
        ok = t != ot and {
            "asterisk": "*" in t and "*" not in ot,
            "digit": bool(re.search(r"[A-Za-z][0-9][A-Za-z]", t)),
            "zero_width": "\u200b" in t and "\u200b" not in ot,
            "spaced": bool(re.search(r"\b(\w )+\w\b", t)),
            "homoglyph": bool(re.search("[\u0400-\u04ff]", t)),
            "caps": re.sub(r"@\w+", "", t) == re.sub(r"@\w+", "", t).upper()
                    and re.findall(r"@\w+", t) == re.findall(r"@\w+", ot),
        }[kind]
        if not ok:
            bad(f"{r['id']}: does not show its obfuscation ({kind})")
    for f, ks in seen_kinds.items():
        if sorted(ks) != sorted(KINDS):
            bad(f"{f}: variants {sorted(ks)} (want one of each kind)")
    counts = {}
    for r in rows:
        counts[r["kind_of_row"]] = counts.get(r["kind_of_row"], 0) + 1
    for k, n in MIN_COUNTS.items():
        if counts.get(k, 0) < n:
            bad(f"only {counts.get(k, 0)} {k} rows (want {n})")
    for f in FAMILIES:
        n = sum(1 for r in rows if r["kind_of_row"] == "positive" and r["family"] == f)
        if n < 34:
            bad(f"{f}: {n} originals (want 34)")
    for g in range(1, 7):
        n = sum(1 for r in rows if r["kind_of_row"] == "hard_negative" and r["note"].startswith(f"HN{g} "))
        if n < 22:
            bad(f"HN{g}: {n} rows (want 22)")
    # no absolute paths or machine names in the folder's files
    for p in HERE.iterdir():
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".jsonl"):
            s = p.read_text(encoding="utf-8")
            if re.search(r"(?<![\w.])/(home|work|tmp|Users|root|mnt|opt|var)/|[A-Za-z]:\\\\", s):
                bad(f"{p.name}: absolute path")
    if problems:
        print("\n".join(problems[:60]))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
