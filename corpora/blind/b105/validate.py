"""Checks blind set b105 and prints OK (or the problems found, with exit status 1).

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md; where it is
not found, a built-in copy of the rule ids and severities is used.
"""
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B105"
SEV = ["ok", "advice", "review", "block"]
BUILTIN = {
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
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
MIN = {"per_family": 27, "per_hn_group": 28, "variants_per_family": 6, "total": 300}

problems = []


def bad(msg):
    problems.append(msg)


def load_rules():
    d = HERE
    for _ in range(12):
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                if not line.startswith("|"):
                    continue
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if not re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+", cells[0]):
                    continue
                sevs = re.findall(r"\b(advice|review|block)\b", cells[-1])
                if sevs:
                    rules[cells[0]] = (min(sevs, key=SEV.index), max(sevs, key=SEV.index))
                else:  # "same as the amplified rule, one level lower"
                    rules[cells[0]] = ("advice", "block")
            return rules, "RULES.md"
        if d.parent == d:
            break
        d = d.parent
    return dict(BUILTIN), "built-in copy"


def council():
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    people = conf["people"]
    cl = set(people["councillors"])
    handles = {h: n for h, n in people["handles"].items() if n in cl}
    return handles, people


def names(text, name, handle):
    first, last = name.split(" ", 1)
    if re.search(re.escape(name), text) or re.search(r"\b" + re.escape(first) + r"\b", text) \
            or re.search(r"\b" + re.escape(last) + r"\b", text):
        return True
    return handle.lower() in text.lower()


def main():
    rules_known, source = load_rules()
    handles, people = council()
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {n}: does not parse ({e})")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        bad("duplicate ids")
    for i, r in enumerate(rows, 1):
        if r.get("id") != f"{PREFIX}-{i:04d}":
            bad(f"line {i}: id {r.get('id')} is not {PREFIX}-{i:04d}")
    byid = {r["id"]: r for r in rows if "id" in r}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    for r in rows:
        rid = r.get("id")
        for f in required:
            if f not in r or r[f] in (None, ""):
                bad(f"{rid}: missing {f}")
        if r.get("author") not in handles:
            bad(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            bad(f"{rid}: platform {r.get('platform')}")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            bad(f"{rid}: account/kind")
        ts = r.get("created_at", "")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", ts)
        if not m:
            bad(f"{rid}: timestamp format {ts}")
        else:
            d = date.fromisoformat(m.group(1))
            datetime.fromisoformat(ts)
            if not (date(2026, 1, 5) <= d <= date(2026, 3, 27)) or d.weekday() > 4:
                bad(f"{rid}: date {d} outside weekdays 5 Jan to 27 Mar 2026")
            if not (8 <= int(m.group(2)) <= 18):
                bad(f"{rid}: hour outside 08:00-18:59")
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in rules + allowed:
            if x not in rules_known:
                bad(f"{rid}: unknown rule {x} (checked against {source})")
        if set(rules) & set(allowed):
            bad(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad(f"{rid}: duplicated rule")
        if verdict not in SEV:
            bad(f"{rid}: verdict {verdict}")
        elif rules and all(x in rules_known for x in rules):
            lo = max((rules_known[x][0] for x in rules), key=SEV.index)
            hi = max((rules_known[x][1] for x in rules), key=SEV.index)
            if not SEV.index(lo) <= SEV.index(verdict) <= SEV.index(hi):
                bad(f"{rid}: verdict {verdict} does not fit {rules}")
        elif not rules and verdict != "ok":
            bad(f"{rid}: no rules but verdict {verdict}")
        kind = r.get("kind_of_row")
        note = r.get("note", "")
        fam = r.get("family")
        if kind in ("positive", "variant"):
            if fam not in FAMILIES:
                bad(f"{rid}: family {fam}")
            elif fam not in rules:
                bad(f"{rid}: family rule {fam} not expected")
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                bad(f"{rid}: {fam} must be block")
            if kind == "positive":
                if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                    bad(f"{rid}: bullying note tag")
                if fam == "equality.discrimination":
                    m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                    if not m or m.group(2) not in CHARACTERISTICS:
                        bad(f"{rid}: equality note tag")
                name = handles.get(r.get("author"))
                if name and names(r["text"], name, r["author"]):
                    bad(f"{rid}: positive written by {name}, whom it names")
        elif kind == "hard_negative":
            if fam != "hard_negative":
                bad(f"{rid}: hard negative family {fam}")
            if rules or verdict != "ok":
                bad(f"{rid}: hard negative must expect nothing, verdict ok")
            if not re.match(r"HN[1-6] (?!HN\d)", note) or len(re.findall(r"\bHN\d\b", note)) != 1:
                bad(f"{rid}: hard negative needs exactly one HN tag at the start of the note")
        else:
            bad(f"{rid}: kind_of_row {kind}")
        if kind == "variant":
            o = byid.get(r.get("variant_of"))
            vk = r.get("variant_kind")
            if not o or o.get("kind_of_row") != "positive":
                bad(f"{rid}: variant_of {r.get('variant_of')} is not a positive row")
                continue
            oe = o["expect"]
            want_allowed = list(oe["allowed"]) + ([HASTE] if vk == "caps" and HASTE not in oe["allowed"] else [])
            if sorted(rules) != sorted(oe["rules"]) or verdict != oe["verdict"] \
                    or sorted(allowed) != sorted(want_allowed):
                bad(f"{rid}: labels differ from original {o['id']}")
            for f in ("family", "author", "platform"):
                if r.get(f) != o.get(f):
                    bad(f"{rid}: {f} differs from original")
            t = r["text"]
            if t == o["text"]:
                bad(f"{rid}: variant text equals original")
            ok = {
                "asterisk": "*" in t and "*" not in o["text"],
                "digit": re.search(r"[A-Za-z][0-9][A-Za-z]|[A-Za-z][0-9]\b|\b[0-9][A-Za-z]", t) is not None,
                "zero_width": "\u200b" in t,
                "spaced": re.search(r"\b(\w )\w( \w)+\b", t) is not None,
                "homoglyph": re.search(r"[\u0400-\u04ff]", t) is not None,
                "caps": sum(c.isupper() for c in t) > 0.9 * sum(c.isalpha() for c in re.sub(r"@\w+", "", t)),
            }.get(vk)
            if not ok:
                bad(f"{rid}: does not show its obfuscation kind {vk}")
        for cited in re.findall(PREFIX + r"-\d{4}", note):
            if cited not in byid:
                bad(f"{rid}: note cites {cited}, which does not exist")
        if re.search(r"\{[a-z0-9_]+\}", note):
            bad(f"{rid}: unresolved key in note")

    # counts and proportions
    pos = [r for r in rows if r.get("kind_of_row") == "positive"]
    var = [r for r in rows if r.get("kind_of_row") == "variant"]
    hn = [r for r in rows if r.get("kind_of_row") == "hard_negative"]
    fc = Counter(r["family"] for r in pos)
    for f in FAMILIES:
        if fc[f] < MIN["per_family"]:
            bad(f"only {fc[f]} originals for {f}")
        vk = Counter(r["variant_kind"] for r in var if r["family"] == f)
        if any(vk[k] != 1 for k in VARIANT_KINDS):
            bad(f"variants of {f}: need one of each kind, got {dict(vk)}")
    hc = Counter(r["note"][:3] for r in hn)
    for g in range(1, 7):
        if hc[f"HN{g}"] < MIN["per_hn_group"]:
            bad(f"only {hc[f'HN{g}']} hard negatives in HN{g}")
    if len(hn) < len(pos) + len(var):
        bad("hard negatives fewer than positive rows")
    if len(rows) < MIN["total"]:
        bad(f"only {len(rows)} rows")
    bt = Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in pos
                 if r["family"] == "bullying.intimidation" and re.match(r"\[(\w+)", r["note"]))
    if any(bt[k] < 8 for k in ("explicit", "veiled", "pressure")):
        bad(f"bullying tags {dict(bt)}")
    seen = set()
    for r in pos:
        m = re.match(r"\[(explicit|coded); ([a-z ]+)\]", r["note"])
        if r["family"] == "equality.discrimination" and m:
            seen.add(m.group(2))
    if set(CHARACTERISTICS) - seen:
        bad(f"equality rows miss {sorted(set(CHARACTERISTICS) - seen)}")

    # phone numbers, emails, absolute paths in every file of the folder
    for p in sorted(HERE.iterdir()):
        if not p.is_file() or p.suffix not in (".py", ".md", ".toml", ".jsonl"):
            continue
        s = p.read_text(encoding="utf-8")
        for num in re.findall(r"(?<!\d)0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}(?!\d)", s):
            digits = num.replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                bad(f"{p.name}: phone number {num} outside the drama ranges")
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", s):
            if em.lower() != "example.com" and not em.lower().endswith(".example.com"):
                bad(f"{p.name}: email domain {em} not example.com")
        roots = ["/" + x + "/" for x in ("work", "home", "root", "tmp", "Users", "mnt", "var")]
        for root in roots:
            if re.search(r"(?<![\w.])" + re.escape(root), s):
                bad(f"{p.name}: absolute path starting {root}")
        if re.search(r"\b[A-Z]:\\\\", s):
            bad(f"{p.name}: Windows absolute path")

    if problems:
        for x in problems:
            print(x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
