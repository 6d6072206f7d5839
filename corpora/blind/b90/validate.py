"""Check blind evaluation set b90 (posts.jsonl, council.toml). Prints OK or the problems."""
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and their severities (used only if RULES.md is not found).
BUILTIN = {
    "respect.personal-attack": ["review", "block"],
    "respect.abusive-language": ["review", "block"],
    "bullying.intimidation": ["block"],
    "equality.discrimination": ["block"],
    "officers.impartiality": ["review"],
    "confidentiality.disclosure": ["review", "block"],
    "confidentiality.insider-advantage": ["review"],
    "data-protection.personal-data": ["review", "block"],
    "predetermination.closed-mind": ["review", "block"],
    "capacity.council-voice": ["review"],
    "resources.political-use": ["review"],
    "position.improper-advantage": ["review"],
    "interests.declared-interest": ["review"],
    "gifts.hospitality": ["advice", "review"],
    "defamation.allegation": ["review", "block"],
    "copyright.third-party-content": ["advice"],
    "haste.pause-before-posting": ["advice"],
    "meetings.during-meeting": ["advice"],
    "security.credentials": ["block"],
    "tone.irony-risk": ["advice"],
    "association.endorsed-content": ["advice", "review", "block"],
    "harassment.repeated-target": ["block"],
    "moderation.third-party-comments": ["review"],
    "capacity.mixed-account": ["advice"],
}

FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
VARIANT_KINDS = ["asterisk", "digits", "zero-width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
MIN_ORIGINALS = 34
MIN_HN_PER_GROUP = 22

problems = []


def bad(msg):
    problems.append(msg)


def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                last = line.strip().strip("|").split("|")[-1].lower()
                if "same as" in last:
                    sev = ["advice", "review", "block"]
                else:
                    sev = [s for s in ("advice", "review", "block") if s in last]
                    sev.sort(key=last.index)
                rules[m.group(1)] = sev
            if rules:
                return rules
    return BUILTIN


def verdict_fits(verdict, rules, sev):
    if not rules:
        return verdict == "ok"
    lo = max(RANK[sev[r][0]] for r in rules)
    hi = max(max(RANK[s] for s in sev[r]) for r in rules)
    possible = {s for r in rules for s in sev[r]}
    return verdict in possible and lo <= RANK[verdict] <= hi


def named(text, name, handle):
    parts = name.split()
    for t in {name, parts[0], parts[-1], name.split(" ", 1)[1], handle, handle.lstrip("@")}:
        if re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", text, re.IGNORECASE):
            return True
    return False


def check_variant_text(v, o):
    t, kind = v["text"], v["variant_kind"]
    if t == o["text"]:
        bad(f"{v['id']}: variant text equals original")
    if kind == "asterisk" and t.count("*") <= o["text"].count("*"):
        bad(f"{v['id']}: no asterisk added")
    if kind == "digits" and not re.search(r"[A-Za-z][0-9]|[0-9][A-Za-z]", t):
        bad(f"{v['id']}: no digit inside a word")
    if kind == "zero-width" and "\u200b" not in t:
        bad(f"{v['id']}: no U+200B")
    if kind == "spaced" and not re.search(r"(?<!\w)(?:\w ){2,}\w(?!\w)", t):
        bad(f"{v['id']}: no spaced-out word")
    if kind == "homoglyph" and not re.search(r"[\u0400-\u04ff]", t):
        bad(f"{v['id']}: no Cyrillic homoglyph")
    if kind == "caps":
        body = re.sub(r"@\w+", "", t)
        if any(c.islower() for c in body):
            bad(f"{v['id']}: caps variant has lower-case letters outside handles")
        if re.findall(r"@\w+", t) != re.findall(r"@\w+", o["text"]):
            bad(f"{v['id']}: caps variant changed a handle")
    if kind != "caps" and len(t.split()) != len(o["text"].split()) and kind != "spaced":
        bad(f"{v['id']}: variant changed more than a word")


def check_files():
    a, b = "/" + "work" + "/", "/" + "home" + "/"
    pats = [re.escape(a), re.escape(b), r"/" + "tmp/", r"[A-Za-z]:\\\\", r"/" + "Users/"]
    for p in HERE.iterdir():
        if not p.is_file() or p.suffix not in (".py", ".md", ".toml", ".jsonl"):
            continue
        s = p.read_text(encoding="utf-8")
        for pat in pats:
            if re.search(pat, s):
                bad(f"{p.name}: looks like an absolute path ({pat})")
        for ph in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", s):
            digits = ph.replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                bad(f"{p.name}: phone number outside the drama ranges: {ph}")
        for em in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", s):
            if not em.lower().endswith("example.com"):
                bad(f"{p.name}: email not on example.com: {em}")


def main():
    sev = load_rules()
    with open(HERE / "council.toml", "rb") as fh:
        cfg = tomllib.load(fh)
    people = cfg["people"]
    handles = {h: n for h, n in people["handles"].items() if n in people["councillors"]}

    rows = []
    for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {i}: does not parse: {e}")
    ids = Counter(r.get("id") for r in rows)
    for k, n in ids.items():
        if n > 1:
            bad(f"duplicate id {k}")
    byid = {r.get("id"): r for r in rows}

    for r in rows:
        rid = r.get("id", "?")
        for f in REQUIRED:
            if f not in r:
                bad(f"{rid}: missing {f}")
        if not re.fullmatch(r"B90-\d{4}", str(rid)):
            bad(f"{rid}: id not B90-NNNN")
        if r.get("author") not in handles:
            bad(f"{rid}: author {r.get('author')} is not a councillor handle")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            bad(f"{rid}: account/kind")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            bad(f"{rid}: platform")
        try:
            ts = datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                bad(f"{rid}: timestamp not +00:00")
            if ts.weekday() > 4 or not (8 <= ts.hour <= 18):
                bad(f"{rid}: timestamp not a weekday 08:00-18:59")
            if not (date(2026, 1, 5) <= ts.date() <= date(2026, 3, 27)):
                bad(f"{rid}: timestamp out of range")
        except Exception as e:
            bad(f"{rid}: bad timestamp {e}")
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                bad(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            bad(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad(f"{rid}: duplicate rule")
        if verdict not in RANK:
            bad(f"{rid}: verdict {verdict}")
        elif all(x in sev for x in rules) and not verdict_fits(verdict, rules, sev):
            bad(f"{rid}: verdict {verdict} does not fit {rules}")
        kind = r.get("kind_of_row")
        note = r.get("note", "")
        fam = r.get("family")
        if kind in ("positive", "variant"):
            if fam not in FAMILIES:
                bad(f"{rid}: family {fam}")
            elif fam not in rules:
                bad(f"{rid}: family rule not expected")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\](\s|$)", note):
                bad(f"{rid}: bullying note tag")
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded); [^\]]+\] ?", note):
                bad(f"{rid}: equality note tag")
            name = handles.get(r.get("author"))
            if name and named(r["text"], name, r["author"]):
                bad(f"{rid}: positive authored by the councillor it names")
            if re.search(r"\bHN[1-6]\b", note):
                bad(f"{rid}: HN tag on a positive")
        elif kind == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                bad(f"{rid}: hard negative must expect nothing, verdict ok")
            tags = re.findall(r"\bHN[1-6]\b", note)
            if len(tags) != 1 or not re.match(r"HN[1-6] ", note):
                bad(f"{rid}: hard negative needs exactly one HN tag at the start of the note")
        else:
            bad(f"{rid}: kind_of_row {kind}")
        if kind == "variant":
            o = byid.get(r.get("variant_of"))
            if o is None or o.get("kind_of_row") != "positive":
                bad(f"{rid}: variant_of does not point at a positive")
                continue
            oe = o["expect"]
            want_allowed = list(oe["allowed"]) + ([HASTE] if r.get("variant_kind") == "caps" else [])
            if rules != oe["rules"] or verdict != oe["verdict"] or sorted(allowed) != sorted(want_allowed):
                bad(f"{rid}: variant labels differ from original")
            for f in ("family", "author", "platform"):
                if r.get(f) != o.get(f):
                    bad(f"{rid}: variant {f} differs from original")
            if r.get("variant_kind") not in VARIANT_KINDS:
                bad(f"{rid}: variant_kind")
            else:
                check_variant_text(r, o)

    # counts
    orig = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    var = Counter((r["family"], r.get("variant_kind")) for r in rows if r.get("kind_of_row") == "variant")
    for f in FAMILIES:
        if orig[f] < MIN_ORIGINALS:
            bad(f"{f}: {orig[f]} originals < {MIN_ORIGINALS}")
        for k in VARIANT_KINDS:
            if var[(f, k)] != 1:
                bad(f"{f}: {var[(f, k)]} variants of kind {k} (want 1)")
    hn = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if hn[f"HN{g}"] < MIN_HN_PER_GROUP:
            bad(f"HN{g}: {hn[f'HN{g}']} rows < {MIN_HN_PER_GROUP}")
    if len(rows) < 320:
        bad(f"only {len(rows)} rows")
    check_files()

    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
