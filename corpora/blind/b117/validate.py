"""Check blind evaluation set b117 (posts.jsonl, council.toml). Prints OK or the problems."""
import datetime
import json
import os
import re
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B117"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
HAST = "haste.pause-before-posting"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
TRAITS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
          "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
PLATFORMS = {"x", "facebook", "bluesky"}
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "kind_of_row", "note"]

# Built-in copy of RULES.md's rule ids and severities, used only when RULES.md is not found.
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

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_rules():
    path = find_rules_md()
    if not path:
        return BUILTIN_RULES, "built-in copy"
    rules = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("|"):
                continue
            cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
            if not re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+", cells[0]):
                continue
            sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
            rules[cells[0]] = sev or {"advice", "review", "block"}
    if not rules:
        return BUILTIN_RULES, "built-in copy"
    return rules, "RULES.md"


def load_council():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        cfg = tomllib.load(fh)
    people = cfg["people"]
    handles = {h: n for h, n in people["handles"].items() if n in people["councillors"]}
    return cfg, handles


def names_in(text, name, handle):
    first = name.split(" ")[0]
    surname = name[len(first) + 1:]
    if re.search(re.escape(handle) + r"\b", text, re.I):
        return True
    for form in (name, surname):
        if re.search(r"(?<![\w@])" + re.escape(form) + r"\b", text):
            return True
    return False


def letters_upper_ratio(text):
    text = re.sub(r"@\w+", "", text)
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / max(1, len(letters))


def shows(kind, text, orig):
    if text == orig:
        return False
    if kind == "asterisk":
        return "*" in text and "*" not in orig
    if kind == "digit":
        return bool(set(re.findall(r"\b\w*[A-Za-z]\d[A-Za-z]*\w*\b|\b\w*\d[A-Za-z]\w*\b", text))
                    - set(re.findall(r"\b\w*[A-Za-z]\d[A-Za-z]*\w*\b|\b\w*\d[A-Za-z]\w*\b", orig)))
    if kind == "zero_width":
        return "\u200b" in text and "\u200b" not in orig
    if kind == "spaced":
        pat = r"(?<!\w)(?:[A-Za-z] ){2,}[A-Za-z](?!\w)"
        return len(re.findall(pat, text)) > len(re.findall(pat, orig))
    if kind == "homoglyph":
        return bool(re.search(r"[\u0400-\u04ff]", text)) and not re.search(r"[\u0400-\u04ff]", orig)
    if kind == "caps":
        return letters_upper_ratio(text) > 0.95
    return False


DRAMA = [r"07700 ?900\d{3}", r"01632 ?960\d{3}", r"020 ?7946 ?0\d{3}", r"029 ?2018 ?0\d{3}",
         r"01\d1 ?496 ?0\d{3}", r"0\d{3} ?496 ?0\d{3}", r"028 ?9649 ?6\d{3}", r"0191 ?498 ?0\d{3}",
         r"08081 ?570\d{3}", r"0909 ?8790\d{3}", r"03069 ?990\d{3}"]


def check_contacts(rid, text):
    for m in re.finditer(r"(?<!\d)(?:\+44 ?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)", text):
        num = m.group(0)
        if num.startswith("+44"):
            num = "0" + num[3:].lstrip()
        if not any(re.fullmatch(p, num.replace("-", " ")) for p in DRAMA):
            bad(f"{rid}: phone number {m.group(0)!r} is not in an Ofcom drama range")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not m.group(0).lower().endswith("@example.com"):
            bad(f"{rid}: email {m.group(0)!r} is not on example.com")


def check_folder_files():
    roots = ["ho" + "me", "wo" + "rk", "t" + "mp", "u" + "sr", "Us" + "ers", "ro" + "ot",
             "m" + "nt", "v" + "ar", "o" + "pt", "srv", "private"]
    abs_pat = re.compile(r"(?<![\w.~])/(?:" + "|".join(roots) + r")/|\b[A-Za-z]:\\\\")
    words = ["a" + "gent", "L" + "LM", "G" + "PT", "Cla" + "ude", "chat" + "bot",
             "language " + "model", "A" + "I-generated", "A" + "I generated"]
    word_pat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b", re.I)
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not os.path.isfile(path) or name.startswith("."):
            continue
        try:
            with open(path, encoding="utf-8") as fh:
                body = fh.read()
        except UnicodeDecodeError:
            continue
        if abs_pat.search(body):
            bad(f"{name}: contains an absolute path")
        m = word_pat.search(body)
        if m:
            bad(f"{name}: mentions {m.group(0)!r}")


def main():
    rules_sev, rules_src = load_rules()
    cfg, handles = load_council()
    if "council" not in cfg or "name" not in cfg["council"]:
        bad("council.toml: [council] name missing")
    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"line {n}: does not parse ({e})")
    by_id = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id", f"line {i}")
        for f in FIELDS:
            if f not in r:
                bad(f"{rid}: missing field {f}")
        if rid in by_id:
            bad(f"{rid}: duplicate id")
        by_id[rid] = r
        if r.get("id") != f"{SET}-{i:04d}":
            bad(f"{rid}: expected id {SET}-{i:04d} on line {i}")
    if problems:
        report(rules_src)
        return
    texts = Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            bad(f"text repeated {c} times: {t[:60]!r}")

    start, end = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)
    for r in rows:
        rid, text, exp = r["id"], r["text"], r["expect"]
        if not text.strip():
            bad(f"{rid}: empty text")
        if r["author"] not in handles:
            bad(f"{rid}: author {r['author']} is not a councillor handle in council.toml")
        if r["platform"] not in PLATFORMS:
            bad(f"{rid}: platform {r['platform']}")
        if r["platform"] == "x" and r["kind_of_row"] != "variant" and len(text) > 280:
            bad(f"{rid}: over 280 characters on x")
        if r["account"] != "councillor" or r["kind"] != "post":
            bad(f"{rid}: account/kind")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            bad(f"{rid}: created_at {r['created_at']} not ISO 8601 with +00:00")
        else:
            d = datetime.date.fromisoformat(m.group(1))
            if d.weekday() > 4 or not (start <= d <= end) or not (8 <= int(m.group(2)) <= 18):
                bad(f"{rid}: created_at {r['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        if set(exp) != {"rules", "allowed", "verdict"}:
            bad(f"{rid}: expect keys {sorted(exp)}")
            continue
        for rule in exp["rules"] + exp["allowed"]:
            if rule not in rules_sev:
                bad(f"{rid}: unknown rule {rule}")
        if set(exp["rules"]) & set(exp["allowed"]):
            bad(f"{rid}: rule both expected and allowed: {set(exp['rules']) & set(exp['allowed'])}")
        if len(set(exp["rules"])) != len(exp["rules"]) or len(set(exp["allowed"])) != len(exp["allowed"]):
            bad(f"{rid}: repeated rule id")
        v = exp["verdict"]
        if v not in ORDER:
            bad(f"{rid}: verdict {v}")
            continue
        if exp["rules"]:
            known = [x for x in exp["rules"] if x in rules_sev]
            floor = max((min(ORDER[s] for s in rules_sev[x]) for x in known), default=0)
            ceil = max((max(ORDER[s] for s in rules_sev[x]) for x in known), default=3)
            possible = set().union(*(rules_sev[x] for x in known)) if known else set(ORDER)
            if v not in possible or ORDER[v] < floor or ORDER[v] > ceil:
                bad(f"{rid}: verdict {v} does not fit the severities of {exp['rules']}")
        elif v != "ok":
            bad(f"{rid}: no rules but verdict {v}")
        kor, fam, note = r["kind_of_row"], r["family"], r["note"]
        if not note.strip():
            bad(f"{rid}: empty note")
        for cited in re.findall(r"\b" + SET + r"-\d{4}\b", note):
            if cited not in by_id:
                bad(f"{rid}: note cites unknown id {cited}")
        check_contacts(rid, text)
        if kor == "hard_negative":
            if fam != "hard_negative":
                bad(f"{rid}: hard negative with family {fam}")
            if exp["rules"] or v != "ok":
                bad(f"{rid}: hard negative must expect nothing, verdict ok")
            if not re.match(r"HN[1-6] (?!HN\d)", note) or len(re.findall(r"^HN\d", note)) != 1:
                bad(f"{rid}: hard negative note must start with exactly one HN1-HN6 tag")
            continue
        if kor not in ("positive", "variant"):
            bad(f"{rid}: kind_of_row {kor}")
            continue
        if fam not in FAMILIES:
            bad(f"{rid}: family {fam}")
            continue
        if fam not in exp["rules"]:
            bad(f"{rid}: family rule {fam} not expected")
        if v not in ("review", "block"):
            bad(f"{rid}: positive with verdict {v}")
        name = handles[r["author"]]
        if names_in(text, name, r["author"]):
            bad(f"{rid}: positive written by the councillor it names ({name})")
        if kor == "positive":
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                bad(f"{rid}: bullying note must start with [explicit], [veiled] or [pressure]")
            if fam == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m or m.group(2) not in TRAITS:
                    bad(f"{rid}: equality note must start with [explicit; trait] or [coded; trait]")
            if "variant_of" in r or "variant_kind" in r:
                bad(f"{rid}: positive with variant fields")
        else:
            src = by_id.get(r.get("variant_of"))
            kind = r.get("variant_kind")
            if not src or src["kind_of_row"] != "positive":
                bad(f"{rid}: variant_of {r.get('variant_of')} is not a positive row")
                continue
            if kind not in KINDS:
                bad(f"{rid}: variant_kind {kind}")
                continue
            se = src["expect"]
            want_allowed = list(se["allowed"]) + ([HAST] if kind == "caps" and HAST not in se["allowed"] else [])
            if (se["rules"] != exp["rules"] or se["verdict"] != v or sorted(want_allowed) != sorted(exp["allowed"])
                    or src["family"] != fam or src["author"] != r["author"] or src["platform"] != r["platform"]):
                bad(f"{rid}: variant labels, author or platform differ from {src['id']}")
            if not shows(kind, text, src["text"]):
                bad(f"{rid}: variant does not show its {kind} obfuscation")

    # counts
    kinds = Counter(r["kind_of_row"] for r in rows)
    positives = kinds["positive"] + kinds["variant"]
    if kinds["hard_negative"] < positives:
        bad(f"hard negatives {kinds['hard_negative']} fewer than positive rows {positives}")
    if kinds["variant"] != 30:
        bad(f"{kinds['variant']} variants, want 30")
    if not 320 <= len(rows) <= 345:
        bad(f"{len(rows)} rows, want about 333")
    for fam in FAMILIES:
        orig = [r for r in rows if r["family"] == fam and r["kind_of_row"] == "positive"]
        var = [r for r in rows if r["family"] == fam and r["kind_of_row"] == "variant"]
        if len(orig) < 27:
            bad(f"{fam}: {len(orig)} originals, want at least 27")
        if len(orig) + len(var) < 33:
            bad(f"{fam}: {len(orig) + len(var)} rows with variants, want at least 33")
        got = Counter(r.get("variant_kind") for r in var)
        if any(got[k] != 1 for k in KINDS):
            bad(f"{fam}: variant kinds {dict(got)}, want one of each")
    hn = Counter(r["note"][:3] for r in rows if r["kind_of_row"] == "hard_negative")
    for g in range(1, 7):
        if hn[f"HN{g}"] < 20:
            bad(f"HN{g}: {hn[f'HN{g}']} rows, want at least 20")
    bully = Counter(re.match(r"\[(\w+)\]", r["note"]).group(1) for r in rows
                    if r["family"] == "bullying.intimidation" and r["kind_of_row"] == "positive"
                    and re.match(r"\[(\w+)\]", r["note"]))
    for tag in ("explicit", "veiled", "pressure"):
        if bully[tag] < 6:
            bad(f"bullying [{tag}]: {bully[tag]} rows, want at least 6")
    eq = [re.match(r"\[(explicit|coded); ([a-z ]+)\]", r["note"]) for r in rows
          if r["family"] == "equality.discrimination" and r["kind_of_row"] == "positive"]
    eq = [m.groups() for m in eq if m]
    missing = set(TRAITS) - {t for _, t in eq}
    if missing:
        bad(f"equality rows miss characteristics: {sorted(missing)}")
    if sum(1 for k, _ in eq if k == "coded") < 6:
        bad("fewer than 6 coded equality rows")
    for fam in ("respect.personal-attack", "respect.abusive-language", "defamation.allegation"):
        vs = Counter(r["expect"]["verdict"] for r in rows if r["family"] == fam)
        if not vs["review"] or not vs["block"]:
            bad(f"{fam}: want both review and block rows, got {dict(vs)}")
    check_folder_files()
    report(rules_src)


def report(rules_src):
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s) (rule ids from {rules_src})")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
