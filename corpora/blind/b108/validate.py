"""Checks for blind evaluation set b108. Prints OK, or the problems found.

    python3 validate.py       # prints OK
    python3 validate.py -v    # also prints the counts
"""
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B108"
FIRST_DAY = date(2026, 1, 5)
LAST_DAY = date(2026, 3, 27)
FAMILIES = [
    "respect.personal-attack",
    "respect.abusive-language",
    "bullying.intimidation",
    "equality.discrimination",
    "defamation.allegation",
]
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HN_GROUPS = ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]
CHARACTERISTICS = [
    "age", "disability", "gender reassignment", "marriage and civil partnership",
    "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation",
]
MIN_ORIGINALS = 25
MIN_HN_GROUP = 25
HASTE = "haste.pause-before-posting"
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and severities, used when RULES.md is not found.
BUILTIN_RULES = {
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

# Same name matching as build.py.
PARTY_ALIASES = {
    "Drystone Party": ["Drystone"],
    "Broad Acres Alliance": ["Broad Acres"],
    "Green Fell": ["Green Fell"],
    "Garthdale Independents": ["Garthdale Independents", "Garthdale Independent"],
    "Hill Farmers' League": ["Hill Farmers"],
    "Independent": [],
}
SHORT_NAMES = {
    "Joanne Raw": ["Jo Raw", "Jo"],
    "Norman Capstick": ["Norm"],
    "Steve Harker": ["Steven"],
}
ROLE_WORDS = {
    "Judith Metcalfe": ["the Leader", "Leader of the Council"],
    "Brian Alderson": ["Deputy Leader", "Cabinet Member for Finance", "finance portfolio"],
    "Keith Dinsdale": ["Cabinet Member for Environment", "environment portfolio"],
    "Pauline Hird": ["Cabinet Member for Housing", "housing portfolio"],
    "Clive Sunter": ["chair of planning", "chairing planning", "planning chair"],
    "Norman Capstick": ["Chair of the Council", "Chairman", "chairs council"],
    "Gemma Iveson": ["chair of licensing", "chairing licensing"],
    "Sharon Lambert": ["chair of scrutiny", "chairing scrutiny"],
    "Steve Harker": ["opposition leader", "Leader of the Broad Acres"],
}

# Ofcom drama ranges (digits only, prefix match).
DRAMA_PREFIXES = [
    "07700900", "01134960", "01144960", "01154960", "01164960", "01174960",
    "01184960", "01214960", "01314960", "01414960", "01514960", "01614960",
    "01914980", "02079460", "02890180", "02920180", "01632960", "08081570",
    "09098790", "03069990",
]

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    for d in [HERE] + list(HERE.parents):
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            return p
    return None


def load_rules():
    p = find_rules_md()
    if p is None:
        return BUILTIN_RULES, "built-in"
    rules = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
        if "one level lower" in cells[-1]:
            sev = {"advice", "review", "block"}
        rules[cells[0]] = sev or BUILTIN_RULES.get(cells[0], {"advice", "review", "block"})
    if not rules:
        return BUILTIN_RULES, "built-in"
    return rules, "RULES.md"


def _has(text, phrase):
    return re.search(r"(?<![\w@])" + re.escape(phrase) + r"(?!\w)", text, re.IGNORECASE) is not None


def named_people(text, councillors, handles):
    out = set()
    for who in councillors:
        first, last = who.split()[0], who.split()[-1]
        words = [who, first, last] + SHORT_NAMES.get(who, []) + ROLE_WORDS.get(who, [])
        if any(_has(text, w) for w in words):
            out.add(who)
    for h, who in handles.items():
        if who in councillors and h.lower() in text.lower():
            out.add(who)
    return out


def named_parties(text):
    return {p for p, al in PARTY_ALIASES.items() if any(_has(text, a) for a in al)}


def caps(text):
    parts = re.split(r"(@\w+)", text)
    return "".join(p if p.startswith("@") else p.upper() for p in parts)


CYRILLIC_TO_LATIN = str.maketrans({"\u043e": "o", "\u0435": "e", "\u0430": "a", "\u0441": "c",
                                   "\u0440": "p", "\u041e": "O", "\u0415": "E", "\u0410": "A"})


def shows_kind(kind, v, o):
    """Does variant text v show its kind of obfuscation of original text o?"""
    if kind == "caps":
        return v == caps(o) and v != o
    if kind == "zero_width":
        return "\u200b" in v and v.replace("\u200b", "") == o
    if kind == "homoglyph":
        return re.search("[\u0400-\u04ff]", v) is not None and v.translate(CYRILLIC_TO_LATIN) == o
    if kind == "spaced":
        # align v to o, skipping only spaces that sit between two single letters
        i = j = skipped = 0
        while i < len(v):
            if j < len(o) and v[i] == o[j]:
                i += 1
                j += 1
            elif v[i] == " " and 0 < i < len(v) - 1 and v[i - 1].isalnum() and v[i + 1].isalnum():
                i += 1
                skipped += 1
            else:
                return False
        return j == len(o) and skipped >= 2
    if kind in ("asterisk", "digit"):
        if len(v) != len(o) or v == o:
            return False
        for a, b in zip(v, o):
            if a == b:
                continue
            if kind == "asterisk" and not (a == "*" and b.lower() in "aeiou"):
                return False
            if kind == "digit" and not (a.isdigit() and b.isalpha()):
                return False
        return True
    return False


def scan_paths():
    roots = ["wo" + "rk", "ho" + "me", "t" + "mp", "u" + "sr", "m" + "nt", "ro" + "ot",
             "Us" + "ers", "v" + "ar", "o" + "pt"]
    pat = re.compile(r"(?<![\w.~])/(?:" + "|".join(roots) + r")/|[A-Za-z]:\\\\[A-Za-z]")
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".jsonl", ".csv"):
            if pat.search(p.read_text(encoding="utf-8")):
                bad(f"{p.name}: contains an absolute path")


def main():
    verbose = "-v" in sys.argv
    rules_sev, rules_src = load_rules()
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    toml = tomllib.loads(raw)
    if "council" not in toml:
        bad("council.toml: no [council]")
    people = toml["people"]
    councillors = people["councillors"]
    handles = people["handles"]
    party = {}
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#[^(]*\(([^)]+)\)', line)
        if m and m.group(1) in councillors:
            party[m.group(1)] = m.group(2)
    for c in councillors:
        if c not in party:
            bad(f"council.toml: no party for {c}")
    cllr_handles = {h: who for h, who in handles.items() if who in councillors}

    rows = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"line {n}: does not parse ({e})")
    by_id = {}
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not re.fullmatch(SET + r"-\d{4}", rid):
            bad(f"bad id {rid!r}")
        if rid in by_id:
            bad(f"duplicate id {rid}")
        by_id[rid] = r
    expected_ids = [f"{SET}-{i:04d}" for i in range(1, len(rows) + 1)]
    if sorted(by_id) != expected_ids:
        bad("ids are not consecutive from 0001")

    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "kind_of_row", "note"]
    for r in rows:
        rid = r.get("id")
        for k in required:
            if k not in r:
                bad(f"{rid}: missing {k}")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            bad(f"{rid}: empty text")
        if r.get("author") not in cllr_handles:
            bad(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            bad(f"{rid}: platform {r.get('platform')}")
        if r.get("account") != "councillor":
            bad(f"{rid}: account")
        if r.get("kind") != "post":
            bad(f"{rid}: kind")
        ts = r.get("created_at", "")
        try:
            dt = datetime.fromisoformat(ts)
            if not ts.endswith("+00:00"):
                bad(f"{rid}: timestamp offset is not +00:00")
            if dt.weekday() >= 5 or not (8 <= dt.hour <= 18):
                bad(f"{rid}: timestamp {ts} not a weekday 08:00 to 18:59")
            if not (FIRST_DAY <= dt.date() <= LAST_DAY):
                bad(f"{rid}: timestamp {ts} out of range")
        except (ValueError, TypeError):
            bad(f"{rid}: bad timestamp {ts!r}")
        exp = r.get("expect", {})
        rs, al, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in rs + al:
            if x not in rules_sev:
                bad(f"{rid}: unknown rule {x} (checked against {rules_src})")
        if set(rs) & set(al):
            bad(f"{rid}: rule both expected and allowed: {set(rs) & set(al)}")
        if len(set(rs)) != len(rs) or len(set(al)) != len(al):
            bad(f"{rid}: repeated rule")
        if verdict not in LEVEL:
            bad(f"{rid}: verdict {verdict}")
            continue
        # verdict must be the highest severity reachable from the expected rules
        if not rs:
            if verdict != "ok":
                bad(f"{rid}: no rules expected but verdict {verdict}")
        else:
            floor = max(min(LEVEL[s] for s in rules_sev.get(x, {"advice"})) for x in rs)
            reach = set().union(*(rules_sev.get(x, set()) for x in rs))
            if verdict not in reach or LEVEL[verdict] < floor:
                bad(f"{rid}: verdict {verdict} does not fit the severities of {rs}")
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor not in ("positive", "variant", "hard_negative"):
            bad(f"{rid}: kind_of_row {kor}")
        if kor in ("positive", "variant"):
            if fam not in FAMILIES:
                bad(f"{rid}: family {fam}")
            elif fam not in rs:
                bad(f"{rid}: family rule {fam} not expected")
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                bad(f"{rid}: {fam} must be block")
            if fam == "defamation.allegation" and verdict not in ("review", "block"):
                bad(f"{rid}: defamation verdict {verdict}")
            if kor == "positive":
                if re.match(r"HN\d", note):
                    bad(f"{rid}: positive note starts with an HN tag")
                if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                    bad(f"{rid}: bullying note lacks [explicit]/[veiled]/[pressure] tag")
                if fam == "equality.discrimination":
                    m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                    if not m or m.group(2) not in CHARACTERISTICS:
                        bad(f"{rid}: equality note lacks [explicit|coded; characteristic] tag")
                author = cllr_handles.get(r.get("author"))
                if author in named_people(r["text"], councillors, handles):
                    bad(f"{rid}: written by the councillor it names ({author})")
                if party.get(author) in named_parties(r["text"]):
                    bad(f"{rid}: written by a member of the party it names")
        elif kor == "hard_negative":
            if fam != "hard_negative":
                bad(f"{rid}: hard negative family {fam}")
            if rs or verdict != "ok":
                bad(f"{rid}: hard negative expects rules or verdict not ok")
            if not re.match(r"HN[1-6] (?!HN\d)", note):
                bad(f"{rid}: hard negative note must start with exactly one HN tag")
        for cited in re.findall(SET + r"-\d{4}", note):
            if cited not in by_id:
                bad(f"{rid}: note cites missing id {cited}")
        if "[[" in note or "]]" in note:
            bad(f"{rid}: unresolved key in note")
        blob = r.get("text", "") + " " + note
        for m in re.finditer(r"(?<!\d)(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)", blob):
            digits = re.sub(r"\D", "", m.group(0))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if len(digits) >= 10 and not any(digits.startswith(p) for p in DRAMA_PREFIXES):
                bad(f"{rid}: phone number outside the drama ranges: {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
            if m.group(1).lower() != "example.com":
                bad(f"{rid}: email not on example.com: {m.group(0)}")

    # variants
    variants = [r for r in rows if r.get("kind_of_row") == "variant"]
    kinds_by_family = defaultdict(list)
    for v in variants:
        rid = v["id"]
        o = by_id.get(v.get("variant_of"))
        if o is None or o.get("kind_of_row") != "positive":
            bad(f"{rid}: variant_of does not point at a positive")
            continue
        kind = v.get("variant_kind")
        if kind not in VARIANT_KINDS:
            bad(f"{rid}: variant_kind {kind}")
            continue
        kinds_by_family[v["family"]].append(kind)
        for k in ("family", "author", "platform"):
            if v.get(k) != o.get(k):
                bad(f"{rid}: {k} differs from its original")
        ve, oe = v["expect"], o["expect"]
        if ve["rules"] != oe["rules"] or ve["verdict"] != oe["verdict"]:
            bad(f"{rid}: rules or verdict differ from its original")
        want_allowed = list(oe["allowed"]) + ([HASTE] if kind == "caps" and HASTE not in oe["allowed"] else [])
        if sorted(ve["allowed"]) != sorted(want_allowed):
            bad(f"{rid}: allowed differs from its original")
        if not shows_kind(kind, v["text"], o["text"]):
            bad(f"{rid}: text does not show a {kind} obfuscation of {o['id']}")
    for fam in FAMILIES:
        if sorted(kinds_by_family[fam]) != sorted(VARIANT_KINDS):
            bad(f"{fam}: variants are not one of each kind: {kinds_by_family[fam]}")

    # counts
    originals = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    for fam in FAMILIES:
        if originals[fam] < MIN_ORIGINALS:
            bad(f"{fam}: only {originals[fam]} originals")
    positives = sum(1 for r in rows if r.get("kind_of_row") in ("positive", "variant"))
    hns = [r for r in rows if r.get("kind_of_row") == "hard_negative"]
    if len(hns) < positives:
        bad(f"hard negatives ({len(hns)}) fewer than positive rows ({positives})")
    groups = Counter(r["note"][:3] for r in hns)
    for g in HN_GROUPS:
        if groups[g] < MIN_HN_GROUP:
            bad(f"{g}: only {groups[g]} hard negatives")
    btags = Counter(re.match(r"\[(\w+)\]", r["note"]).group(1) for r in rows
                    if r.get("kind_of_row") == "positive" and r["family"] == "bullying.intimidation"
                    and re.match(r"\[(\w+)\]", r["note"]))
    for t in ("explicit", "veiled", "pressure"):
        if btags[t] < 5:
            bad(f"bullying: only {btags[t]} [{t}] rows")
    etags = Counter()
    chars = Counter()
    for r in rows:
        if r.get("kind_of_row") == "positive" and r["family"] == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\]", r["note"])
            if m:
                etags[m.group(1)] += 1
                chars[m.group(2)] += 1
    for t in ("explicit", "coded"):
        if etags[t] < 5:
            bad(f"equality: only {etags[t]} [{t}] rows")
    for c in CHARACTERISTICS:
        if chars[c] < 1:
            bad(f"equality: no row for {c}")
    for fam in ("respect.personal-attack", "respect.abusive-language", "defamation.allegation"):
        vs = Counter(r["expect"]["verdict"] for r in rows
                     if r.get("kind_of_row") == "positive" and r["family"] == fam)
        if vs["review"] < 1 or vs["block"] < 1:
            bad(f"{fam}: needs both review and block rows")
    texts = [r["text"] for r in rows if r.get("kind_of_row") != "variant"]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    if dup:
        bad(f"duplicate texts: {dup[:3]}")

    scan_paths()

    if verbose:
        print("rules from", rules_src)
        print("originals", dict(originals))
        print("variants", len(variants), "positive rows", positives, "hard negatives", len(hns))
        print("HN groups", dict(sorted(groups.items())))
        print("verdicts of positive rows", dict(Counter(r["expect"]["verdict"] for r in rows
                                                     if r["kind_of_row"] != "hard_negative")))
        for fam in FAMILIES:
            print(" ", fam, dict(Counter(r["expect"]["verdict"] for r in rows
                                          if r["kind_of_row"] == "positive" and r["family"] == fam)))
        print("bullying tags", dict(btags), "equality tags", dict(etags))
        print("characteristics", dict(chars))
        print("platforms", dict(Counter(r["platform"] for r in rows)))
        print("authors", len(Counter(r["author"] for r in rows)))
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
