#!/usr/bin/env python3
"""Check blind evaluation set b141 and print OK (with -v, also the counts).

Standard library only. Finds shared/design/RULES.md by walking up from this folder,
else uses a built-in copy of the rule severities.
"""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B141"
START = dt.date(2026, 9, 7)
END = dt.date(2026, 11, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
PER_RULE = 18
FILLERS = 40
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
BUILTIN = {
    "respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"}, "equality.discrimination": {"block"},
    "officers.impartiality": {"review"}, "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"}, "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"}, "capacity.council-voice": {"review"},
    "resources.political-use": {"review"}, "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"}, "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"}, "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"}, "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"}, "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"}, "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
          "kind_of_row", "near_miss_of", "interest", "note"]
DRAMA_PREFIXES = ["07700900", "01632960", "02079460", "01134960", "01144960", "01154960", "01164960",
                  "01174960", "01184960", "01214960", "01314960", "01414960", "01514960", "01614960",
                  "02896496", "02920180", "08081570", "09098790", "03069990"]
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def rule_severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            out = {}
            with open(p, encoding="utf-8") as f:
                for line in f:
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                        sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                        if sev:
                            out[cells[0]] = sev
            if out:
                return out, "RULES.md"
        up = os.path.dirname(d)
        if up == d:
            return BUILTIN, "built-in copy"
        d = up


def pending_keys(rows):
    """Names by which each pending matter can be identified."""
    out = {}
    for r in rows:
        keys = {r["reference"]}
        site = r["address"].split(",")[0].strip()
        for pre in ("Former ", "The ", "Land at ", "Land off "):
            if site.startswith(pre):
                site = site[len(pre):]
        site = re.sub(r"^[\d-]+\s+", "", site)
        keys.add(site)
        m = re.search(r"applicant ([^,]+)", r["description"])
        if m:
            keys.add(m.group(1).strip())
            keys.add(re.sub(r"\s+Ltd$", "", m.group(1).strip()))
        m = re.search(r"known as ([^,]+)", r["description"])
        if m:
            k = m.group(1).strip()
            keys.add(k)
            keys.add(re.sub(r"^(the|The) ", "", k))
        out[r["reference"]] = {k for k in keys if k}
    return out


def names_matter(text, keys):
    low = text.lower()
    return [ref for ref, ks in keys.items() if any(k.lower() in low for k in ks)]


def committees(toml_text):
    out = {}
    for line in toml_text.splitlines():
        m = re.match(r"#\s*(Planning|Licensing) Committee:\s*(.*)", line)
        if m:
            out[m.group(1)] = {re.sub(r"\s*\(.*\)", "", n).strip().rstrip(".")
                               for n in m.group(2).split(",")}
    return out


def main():
    verbose = "-v" in sys.argv
    sev, sev_src = rule_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as f:
        toml_text = f.read()
    allowed_top = {"council", "people", "self", "registers"}
    for k in council:
        if k not in allowed_top:
            err("council.toml: unknown table %s" % k)
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    official = {h for h, n in handles.items() if n not in councillors}
    by_person = collections.defaultdict(set)
    for h, n in handles.items():
        by_person[n].add(h)
    personal = {"@bate_on_the_cut", "@anya_at_the_allotment"}
    for h in personal:
        if h not in handles:
            err("personal handle %s missing" % h)
    selfd = council["self"]
    regs = council["registers"]
    conf_terms = regs["confidential_terms"]
    holders = regs["interest_holders"]
    for i in regs["interests"]:
        if i not in holders:
            err("interest without holder: %s" % i)
    comm = committees(toml_text)
    surname_of = {n: n.split()[-1] for n in councillors}

    with open(os.path.join(HERE, "pending.csv"), newline="", encoding="utf-8") as f:
        pend = list(csv.DictReader(f))
    if not pend or list(pend[0].keys()) != ["reference", "address", "description", "decision_date"]:
        err("pending.csv header")
    keys = pending_keys(pend)
    meetings = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        rdr = csv.DictReader(f)
        if rdr.fieldnames != ["title", "start", "end"]:
            err("meetings.csv header")
        for r in rdr:
            meetings.append((r["title"], dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d does not parse: %s" % (n, e))
    ids = set()
    last = None
    for n, r in enumerate(rows, 1):
        rid = r.get("id", "?")
        for k in FIELDS:
            if k not in r:
                err("%s: missing field %s" % (rid, k))
        if set(r) - set(FIELDS):
            err("%s: extra fields %s" % (rid, set(r) - set(FIELDS)))
        if rid != "%s-%04d" % (SET, n):
            err("%s: id out of order or malformed" % rid)
        if rid in ids:
            err("%s: duplicate id" % rid)
        ids.add(rid)
        text = r["text"]
        a = r["author"]
        if a not in handles or a in official:
            err("%s: author %s is not a councillor handle" % (rid, a))
        if (r["account"] == "personal") != (a in personal) or r["account"] not in ("personal", "councillor"):
            err("%s: account %s wrong for %s" % (rid, r["account"], a))
        if r["kind"] != "post":
            err("%s: kind" % rid)
        if r["platform"] not in LIMITS or len(text) > LIMITS[r["platform"]]:
            err("%s: platform %s / length %d" % (rid, r["platform"], len(text)))
        person = handles.get(a)
        for h in by_person.get(person, ()):
            if h.lower() in text.lower():
                err("%s: mentions its own author %s" % (rid, h))
        # time
        if not r["created_at"].endswith("+00:00"):
            err("%s: created_at not +00:00" % rid)
        t = dt.datetime.fromisoformat(r["created_at"])
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            err("%s: timestamp %s outside weekdays 08:00-18:59, %s..%s" % (rid, r["created_at"], START, END))
        for title, s, e in meetings:
            if s <= t <= e:
                err("%s: posted during %s" % (rid, title))
        last = t if last is None or t > last else last
        # labels
        ex = r["expect"]
        rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for x in rules + allowed:
            if x not in sev:
                err("%s: unknown rule %s" % (rid, x))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            err("%s: repeated rule or expected and allowed" % rid)
        if verdict not in ORDER:
            err("%s: verdict %s" % (rid, verdict))
        if not rules:
            if verdict != "ok":
                err("%s: verdict should be ok" % rid)
        else:
            lo = max(min(ORDER[s] for s in sev[x]) for x in rules if x in sev)
            hi = max(max(ORDER[s] for s in sev[x]) for x in rules if x in sev)
            if not (lo <= ORDER[verdict] <= hi) or verdict == "ok":
                err("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        kr, fam = r["kind_of_row"], r["family"]
        if kr == "positive":
            if fam not in FAMILIES or fam not in rules:
                err("%s: positive does not expect its family" % rid)
            if r["near_miss_of"] is not None:
                err("%s: positive with near_miss_of" % rid)
        elif kr == "hard_negative":
            if rules or verdict != "ok" or r["near_miss_of"] != fam or fam not in FAMILIES:
                err("%s: hard negative labels" % rid)
        elif kr == "filler":
            if rules or allowed or verdict != "ok" or fam is not None or r["near_miss_of"] is not None:
                err("%s: filler labels" % rid)
        else:
            err("%s: kind_of_row %s" % (rid, kr))
        # interests
        if kr == "positive" and fam == "interests.declared-interest":
            i = r["interest"]
            if i not in holders or holders[i] != person:
                err("%s: interest %s not held by author %s" % (rid, i, person))
        elif r["interest"] is not None:
            err("%s: interest on a non declared-interest positive" % rid)
        # confidential register
        named_terms = [c for c in conf_terms if c.lower() in text.lower()]
        if named_terms and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err("%s: names %s but does not expect disclosure at block" % (rid, named_terms))
        if kr == "positive" and fam == "confidentiality.disclosure" and (verdict == "block") != bool(named_terms):
            err("%s: disclosure positive is block iff it names a register term" % rid)
        # predetermination
        if "predetermination.closed-mind" in rules:
            refs = names_matter(text, keys)
            if refs and verdict != "block":
                err("%s: predetermination naming %s should be block" % (rid, refs))
            if kr == "positive" and fam == "predetermination.closed-mind":
                if not refs and verdict != "review":
                    err("%s: predetermination naming no pending matter should be review" % rid)
                on = {handles[a]} & {n for n in councillors if surname_of[n] in comm.get("Planning", set()) | comm.get("Licensing", set())}
                if refs:
                    need = "Licensing" if all(x.startswith("LIC") for x in refs) else "Planning"
                    if surname_of.get(person) not in comm.get(need, set()):
                        err("%s: author %s not on %s Committee" % (rid, person, need))
                elif not on:
                    err("%s: predetermination author on no committee" % rid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security must be block" % rid)
        # contact details, numbers, emails, links
        if (selfd["phone"] in text or selfd["email"].lower() in text.lower()) and person != selfd["name"]:
            err("%s: [self] contact details in a post by %s" % (rid, person))
        for m in re.finditer(r"(?<![\d\w])0\d(?:[ ]?\d){8,9}(?!\d)", text):
            digits = re.sub(r"\D", "", m.group(0))
            if not any(digits.startswith(p) for p in DRAMA_PREFIXES):
                err("%s: phone number %s not in a drama range" % (rid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() not in ("example.com", "example.org", "example.net"):
                err("%s: email domain %s" % (rid, m.group(1)))
        tlds = r"com|net|org|uk|io|co|info|gov|ly|me|app|xyz|biz|tv|link|site|online|to|gl|ru|cn"
        for m in re.finditer(r"(?i)(https?://)?\b((?:[a-z0-9-]+\.)+([a-z]{2,}))\b(/\S*)?", text):
            d, tld = m.group(2).lower(), m.group(3).lower()
            if not (m.group(1) or m.group(4) or re.fullmatch(tlds, tld)):
                continue
            if not re.fullmatch(r"(?:[a-z0-9-]+\.)*example\.(?:com|net|org)", d):
                err("%s: link or domain %s" % (rid, d))
    # pending decisions after every post
    for p in pend:
        if last and dt.date.fromisoformat(p["decision_date"]) <= last.date():
            err("pending %s decided before the last post" % p["reference"])
    # counts
    pos = collections.Counter(r["family"] for r in rows if r["kind_of_row"] == "positive")
    neg = collections.Counter(r["near_miss_of"] for r in rows if r["kind_of_row"] == "hard_negative")
    exp = collections.Counter(x for r in rows for x in r["expect"]["rules"])
    fil = sum(1 for r in rows if r["kind_of_row"] == "filler")
    for fam in FAMILIES:
        if pos[fam] != PER_RULE or neg[fam] != PER_RULE:
            err("%s: %d positives, %d hard negatives (want %d each)" % (fam, pos[fam], neg[fam], PER_RULE))
    if set(pos) - set(FAMILIES) or set(neg) - set(FAMILIES):
        err("rows for families outside the set")
    if fil != FILLERS:
        err("%d fillers (want %d)" % (fil, FILLERS))
    if len(rows) != 12 * 2 * PER_RULE + FILLERS:
        err("%d rows" % len(rows))
    # no absolute paths in the folder's files
    bad = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "/" + "root/", "C:" + "\\"]
    for fn in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, fn)
        if os.path.isdir(p):
            err("unexpected folder %s" % fn)
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            body = f.read()
        for b in bad:
            if b in body:
                err("%s contains an absolute path (%s)" % (fn, b))
    expected_files = {"posts.jsonl", "council.toml", "pending.csv", "meetings.csv", "build.py", "validate.py", "README.md"}
    if set(os.listdir(HERE)) != expected_files:
        err("folder holds %s" % sorted(set(os.listdir(HERE)) ^ expected_files))

    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        print("FAILED (%d errors)" % len(ERRORS))
        sys.exit(1)
    if verbose:
        print("rule severities from %s" % sev_src)
        print("%-36s %9s %9s %9s" % ("rule", "positive", "hard_neg", "expected"))
        for fam in FAMILIES:
            print("%-36s %9d %9d %9d" % (fam, pos[fam], neg[fam], exp[fam]))
        print("fillers %d, rows %d" % (fil, len(rows)))
        vc = collections.Counter(r["expect"]["verdict"] for r in rows if r["kind_of_row"] == "positive")
        print("positive verdicts: " + ", ".join("%s %d" % (k, vc[k]) for k in ("advice", "review", "block")))
        print("rows with allowed: %d (hard negatives %d)" % (
            sum(1 for r in rows if r["expect"]["allowed"]),
            sum(1 for r in rows if r["expect"]["allowed"] and r["kind_of_row"] == "hard_negative")))
        print("personal-account rows: %d" % sum(1 for r in rows if r["account"] == "personal"))
        print("platforms: " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(r["platform"] for r in rows).items())))
    print("OK")


if __name__ == "__main__":
    main()
