#!/usr/bin/env python3
"""Checks blind set b106 and prints OK (with -v also the counts).

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md;
if it is not there, uses the built-in copy of the rule ids and severities below.
"""
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B106"
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
BUILTIN = {
    "respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"}, "equality.discrimination": {"block"},
    "officers.impartiality": {"review"}, "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
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
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PERSONAL_HANDLES = {"@hebb_sea_swims", "@dring_vintage_tractors"}
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]

errors = []
def err(msg):
    errors.append(msg)

def load_rules():
    for d in [HERE] + list(HERE.parents):
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                if "same as the amplified rule" in cells[-1]:
                    words = {"advice", "review", "block"}
                sev[cells[0]] = words
            if sev:
                return sev, "RULES.md"
    return BUILTIN, "built-in copy"

def main():
    verbose = "-v" in sys.argv
    sev, source = load_rules()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    selfp = council.get("self", {})
    regs = council["registers"]
    terms = regs["confidential_terms"]
    holders = regs["interest_holders"]
    for h in PERSONAL_HANDLES:
        if h not in handles:
            err("personal handle %s missing from council.toml" % h)
    for i in regs["interests"]:
        if i not in holders:
            err("interest without holder: %s" % i)

    meetings = []
    with open(HERE / regs["meetings"], newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            meetings.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]), r["title"]))
    pending = []
    with open(HERE / regs["pending_matters"], newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            keys = {r["reference"]}
            site = r["address"].split(",")[0].strip()
            site = re.sub(r"^(Land (off|at|east of|west of|north of|south of) )", "", site)
            keys.add(site)
            m = re.search(r"applicant ([^;]+)", r["description"])
            if m:
                app = m.group(1).strip()
                keys.add(app)
                keys.add(re.sub(r"\s+Ltd$", "", app))
            m = re.search(r"known as ([^;]+)", r["description"])
            if m:
                keys.add(m.group(1).strip())
            for k in list(keys):
                if k.lower().startswith("the ") and len(k.split()) > 2:
                    keys.add(k[4:])
            pending.append((r["reference"], dt.date.fromisoformat(r["decision_date"]), keys))

    def names_pending(text):
        low = text.lower()
        return any(k.lower() in low for _, _, ks in pending for k in ks)

    def names_term(text):
        low = text.lower()
        return [t for t in terms if t.lower() in low]

    recs = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d does not parse: %s" % (n, e))
    ids = Counter(r.get("id") for r in recs)
    for i, c in ids.items():
        if c > 1:
            err("duplicate id %s" % i)
    last = None
    pos, hn, fill = Counter(), Counter(), 0
    expecting = Counter()
    verdicts = Counter()
    platforms = Counter()
    allowed_rows = 0
    for r in recs:
        rid = r.get("id", "?")
        for k in REQUIRED:
            if k not in r:
                err("%s: missing field %s" % (rid, k))
        if not re.fullmatch(PREFIX + r"-\d{4}", str(rid)):
            err("%s: bad id" % rid)
        text = r.get("text", "")
        author = r.get("author")
        person = handles.get(author)
        if person is None or person not in councillors:
            err("%s: author %s is not a councillor handle" % (rid, author))
        want_acc = "personal" if author in PERSONAL_HANDLES else "councillor"
        if r.get("account") != want_acc:
            err("%s: account should be %s" % (rid, want_acc))
        if r.get("kind") != "post":
            err("%s: kind must be post" % rid)
        plat = r.get("platform")
        if plat not in LIMITS or len(text) > LIMITS[plat]:
            err("%s: platform %s or length %d" % (rid, plat, len(text)))
        platforms[plat] += 1
        for m in re.findall(r"@\w+", text):
            if handles.get("@" + m[1:]) == person or ("@" + m[1:]).lower() == str(author).lower():
                err("%s: mentions its own author" % rid)
        # time
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
        except Exception:
            err("%s: bad created_at" % rid)
            continue
        if not r["created_at"].endswith("+00:00"):
            err("%s: offset must be +00:00" % rid)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            err("%s: timestamp out of window %s" % (rid, r["created_at"]))
        for s, e, title in meetings:
            if s <= t <= e:
                err("%s: inside meeting %s" % (rid, title))
        last = t if last is None or t > last else last
        # labels
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        if allowed:
            allowed_rows += 1
        for x in rules + allowed:
            if x not in sev:
                err("%s: unknown rule %s" % (rid, x))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            err("%s: rule repeated or both expected and allowed" % rid)
        if verdict not in ORDER:
            err("%s: bad verdict %s" % (rid, verdict))
            continue
        verdicts[verdict] += 1
        if (verdict == "ok") != (not rules):
            err("%s: verdict ok exactly when nothing is expected" % rid)
        if rules:
            lo = max(min(ORDER[s] for s in sev[x]) for x in rules if x in sev)
            hi = max(max(ORDER[s] for s in sev[x]) for x in rules if x in sev)
            possible = set().union(*(sev[x] for x in rules if x in sev))
            if not (lo <= ORDER[verdict] <= hi and verdict in possible):
                err("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        for x in rules:
            expecting[x] += 1
        kind = r.get("kind_of_row")
        fam = r.get("family")
        if kind == "positive":
            if fam not in rules:
                err("%s: positive must expect its family" % rid)
            pos[fam] += 1
        elif kind == "hard_negative":
            if rules or verdict != "ok" or r.get("near_miss_of") != fam or fam not in sev:
                err("%s: hard negative must expect nothing and name near_miss_of = family" % rid)
            hn[fam] += 1
        elif kind == "filler":
            if rules or allowed or fam is not None or verdict != "ok":
                err("%s: filler must expect and allow nothing, family null" % rid)
            fill += 1
        else:
            err("%s: bad kind_of_row" % rid)
        # registers
        hit = names_term(text)
        if hit and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err("%s: names register term %s but does not expect disclosure/block" % (rid, hit))
        if kind == "positive" and fam == "confidentiality.disclosure" and (verdict == "block") != bool(hit):
            err("%s: disclosure positive is block exactly when it names a register term" % rid)
        if "predetermination.closed-mind" in rules:
            if names_pending(text) and verdict != "block":
                err("%s: predetermination naming a pending matter must be block" % rid)
            if kind == "positive" and fam == "predetermination.closed-mind" and not names_pending(text) and verdict != "review":
                err("%s: predetermination positive naming no pending matter must be review" % rid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security must be block" % rid)
        if kind == "positive" and fam == "interests.declared-interest":
            i = r.get("interest")
            if i not in holders:
                err("%s: declared-interest positive needs a registered interest" % rid)
            elif holders[i] != person:
                err("%s: declared-interest positive not written by the holder" % rid)
        if selfp:
            for k in ("phone", "email"):
                if selfp.get(k) and selfp[k].lower() in text.lower() and person != selfp.get("name"):
                    err("%s: [self] %s in a post by someone else" % (rid, k))
        # contact details and links
        for m in re.finditer(r"(?<!\d)0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}(?!\d)", text):
            digits = re.sub(r"\D", "", m.group())
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                err("%s: phone number outside drama ranges: %s" % (rid, m.group()))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err("%s: email not on example.com" % rid)
        for m in re.finditer(r"(?i)(?:https?://)?\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|ly|co|info|biz))\b", text):
            dom = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err("%s: link or domain not on example.*: %s" % (rid, dom))
    for ref, date, _ in pending:
        if last and date <= last.date():
            err("pending %s decided before the last post" % ref)
    for x in TWELVE:
        if pos[x] < 15 or hn[x] < 15:
            err("%s: %d positives, %d hard negatives (need 15 and 15)" % (x, pos[x], hn[x]))
    if fill < 30:
        err("only %d fillers" % fill)
    # no absolute paths in the folder's files
    abs_pat = re.compile(r"(?<![\w.])/(?:home|work|Users|tmp|mnt|root|srv|opt)/|[A-Za-z]:\\\\")
    for p in HERE.iterdir():
        if p.is_file() and p.suffix in {".py", ".md", ".toml", ".csv", ".jsonl", ".txt"}:
            if abs_pat.search(p.read_text(encoding="utf-8")):
                err("absolute path in %s" % p.name)
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    if verbose:
        print("rules from", source)
        print("%-36s %4s %4s %4s" % ("rule", "pos", "hn", "exp"))
        for x in TWELVE:
            print("%-36s %4d %4d %4d" % (x, pos[x], hn[x], expecting[x]))
        print("fillers", fill, "| total", len(recs))
        print("verdicts", dict(verdicts))
        print("platforms", dict(platforms), "| rows with allowed", allowed_rows)
    print("OK")

if __name__ == "__main__":
    main()
