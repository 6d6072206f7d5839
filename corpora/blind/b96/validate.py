"""Validate blind evaluation set b96. Prints OK, or the problems found and exits 1."""
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B96"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex",
                   "sexual orientation"]
MIN_ORIGINALS, MIN_HN_GROUP, MIN_TOTAL = 30, 20, 320

# Built-in copy of RULES.md ids and severities, used only if RULES.md cannot be found.
BUILTIN = {
    "respect.personal-attack": {"review", "block"},
    "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"},
    "equality.discrimination": {"block"},
    "officers.impartiality": {"review"},
    "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"},
    "capacity.council-voice": {"review"},
    "resources.political-use": {"review"},
    "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"},
    "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"},
    "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"},
    "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"},
    "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}

ROLE_WORDS = {
    "Trevor Hollinshead": [r"\bthe leader\b", r"\bleader of the council\b", r"\bour leader\b"],
    "Sandra Mountford": [r"\bdeputy leader\b", r"\bcabinet member for finance\b"],
    "Keith Bagnall": [r"\bcabinet member for environment\b"],
    "Roy Capewell": [r"\bchair of planning\b", r"\bplanning chair\b"],
    "Brenda Tunnicliffe": [r"\bmayor\b", r"\bmayor's\b"],
    "Janice Sherratt": [r"\bchair of licensing\b", r"\blicensing chair\b"],
    "Nasreen Akhtar": [r"\bleader of the opposition\b", r"\bopposition leader\b"],
    "Kayleigh Birks": [r"\bchair of scrutiny\b", r"\bscrutiny chair\b"],
}

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
                    sev = {s for s in ("advice", "review", "block") if s in cells[-1]}
                    rules[cells[0]] = sev or {"advice", "review", "block"}
            if rules:
                return rules, "RULES.md"
    return BUILTIN, "built-in copy"


def load_council():
    import tomllib
    data = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    cllrs = data["people"]["councillors"]
    handles = {h: n for h, n in data["people"]["handles"].items() if n in cllrs}
    return cllrs, handles


def named(text, cllrs, by_name):
    out = set()
    for n in cllrs:
        parts = n.split()
        pats = [r"(?<!\w)" + re.escape(x) + r"(?!\w)"
                for x in (n, " ".join(parts[:-1]), parts[-1])]
        pats.append(re.escape(by_name[n]) + r"(?!\w)")
        pats += ROLE_WORDS.get(n, [])
        if any(re.search(p, text, re.I) for p in pats):
            out.add(n)
    return out


def shows(kind, text, orig):
    if text == orig:
        return False
    if kind == "asterisk":
        return text.count("*") > orig.count("*")
    if kind == "digit":
        pat = r"[A-Za-z][0-9][A-Za-z]|[A-Za-z][0-9]\b"
        return len(re.findall(pat, text)) > len(re.findall(pat, orig))
    if kind == "zero_width":
        return "\u200b" in text
    if kind == "spaced":
        pat = r"(?<!\S)\w(?: \w){2,}(?!\S)"
        return len(re.findall(pat, text)) > len(re.findall(pat, orig))
    if kind == "homoglyph":
        return any("\u0400" <= c <= "\u04ff" for c in text)
    if kind == "caps":
        body = re.sub(r"@\w+", "", text)
        letters = [c for c in body if c.isalpha()]
        return sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    return False


def main():
    rules, rules_src = load_rules()
    cllrs, handles = load_council()
    by_name = {n: h for h, n in handles.items()}
    rows, ids = [], set()
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {i}: bad JSON ({e})")
    by_id = {}
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r.get("id", "?")
        for f in ("id", "text", "author", "created_at", "platform", "account", "kind",
                  "expect", "family", "kind_of_row", "note"):
            if f not in r:
                err(f"{rid}: missing {f}")
        if not re.fullmatch(PREFIX + r"-\d{4}", str(rid)):
            err(f"{rid}: bad id")
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        by_id[rid] = r
        if r.get("author") not in handles:
            err(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err(f"{rid}: account/kind")
        ts = r.get("created_at", "")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", ts)
        if not m:
            err(f"{rid}: timestamp format {ts}")
        else:
            d = dt.date.fromisoformat(m.group(1))
            if d.weekday() > 4 or not (lo <= d <= hi) or not (8 <= int(m.group(2)) <= 18):
                err(f"{rid}: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026: {ts}")
        exp = r.get("expect", {})
        ex, al, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in ex + al:
            if rule not in rules:
                err(f"{rid}: unknown rule {rule}")
        if set(ex) & set(al):
            err(f"{rid}: rule both expected and allowed: {set(ex) & set(al)}")
        if len(set(ex)) != len(ex) or len(set(al)) != len(al):
            err(f"{rid}: duplicate rule in expect")
        if verdict not in ORDER:
            err(f"{rid}: bad verdict {verdict}")
            continue
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor == "hard_negative":
            if fam != "hard_negative" or ex or verdict != "ok":
                err(f"{rid}: hard negative must expect nothing with verdict ok")
            if not re.match(r"HN[1-6]\b", note) or len(re.findall(r"\bHN\d\b", note)) != 1:
                err(f"{rid}: hard negative note needs exactly one HN tag at the start")
            if "variant_of" in r:
                err(f"{rid}: hard negative with variant_of")
            continue
        if kor not in ("positive", "variant"):
            err(f"{rid}: kind_of_row {kor}")
            continue
        if fam not in FAMILIES or fam not in ex:
            err(f"{rid}: family {fam} must be one of the five and expected")
        ex_known = [x for x in ex if x in rules]
        if not ex_known or verdict == "ok":
            err(f"{rid}: positive with no rules or verdict ok")
        else:
            need = max(min(ORDER[s] for s in rules[x]) for x in ex_known)
            cap = max(max(ORDER[s] for s in rules[x]) for x in ex_known)
            if not (need <= ORDER[verdict] <= cap):
                err(f"{rid}: verdict {verdict} does not fit severities of {ex}")
        if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\]", note):
            err(f"{rid}: bullying note tag")
        if fam == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\]", note)
            if not m or m.group(2) not in CHARACTERISTICS:
                err(f"{rid}: equality note tag")
        author_name = handles.get(r.get("author"))
        if author_name in named(r.get("text", ""), cllrs, by_name):
            err(f"{rid}: positive written by the councillor it names ({author_name})")

    # variants
    seen = Counter()
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid, o = r["id"], by_id.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if o is None or o.get("kind_of_row") != "positive":
            err(f"{rid}: variant_of must name a positive original")
            continue
        if kind not in KINDS:
            err(f"{rid}: variant_kind {kind}")
            continue
        seen[(r["family"], kind)] += 1
        want_allowed = list(o["expect"]["allowed"])
        if kind == "caps" and HASTE not in want_allowed:
            want_allowed.append(HASTE)
        if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
                or sorted(r["expect"]["allowed"]) != sorted(want_allowed) or r["family"] != o["family"]
                or r["author"] != o["author"] or r["platform"] != o["platform"]):
            err(f"{rid}: variant labels, family, author or platform differ from {o['id']}")
        if not shows(kind, r["text"], o["text"]):
            err(f"{rid}: text does not show {kind} obfuscation")
    for fam in FAMILIES:
        for kind in KINDS:
            if seen[(fam, kind)] != 1:
                err(f"{fam}: needs exactly one {kind} variant, has {seen[(fam, kind)]}")

    # counts
    orig = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    for fam in FAMILIES:
        if orig[fam] < MIN_ORIGINALS:
            err(f"{fam}: only {orig[fam]} originals")
    groups = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if groups[f"HN{g}"] < MIN_HN_GROUP:
            err(f"HN{g}: only {groups[f'HN{g}']} rows")
    if len(rows) < MIN_TOTAL:
        err(f"only {len(rows)} rows")

    # ids cited in notes exist
    for r in rows:
        for cited in re.findall(PREFIX + r"-\d{4}", r.get("note", "")):
            if cited not in by_id:
                err(f"{r['id']}: note cites unknown {cited}")

    # phone numbers, emails, absolute paths across the folder's files
    abs_path = re.compile(r"(?<![\w.~])/(?:home|work|tmp|usr|Users|mnt|var|opt|root|srv)/|[A-Za-z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if not p.is_file() or p.suffix not in (".jsonl", ".toml", ".py", ".md"):
            continue
        text = p.read_text(encoding="utf-8")
        if abs_path.search(text):
            err(f"{p.name}: contains an absolute path")
        for m in re.finditer(r"(?<![\w@])0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}(?!\d)", text):
            num = re.sub(r"[ -]", "", m.group(0))
            if not (re.fullmatch(r"07700900\d{3}", num) or re.fullmatch(r"01632960\d{3}", num)):
                err(f"{p.name}: phone number outside drama ranges: {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com" and not m.group(1).lower().endswith(".example.com"):
                err(f"{p.name}: email not on example.com: {m.group(0)}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s); rule ids from {rules_src}")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
