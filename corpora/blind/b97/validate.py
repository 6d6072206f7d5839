"""Check blind evaluation set b97 and print OK (with -v, also the counts).

Finds RULES.md by walking up from this folder to shared/design/RULES.md; if there is none,
uses the built-in copy of the rule ids and severities below.
"""
import collections
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B97"
PERSONAL = {"@pavey_fishes", "@rosie_withies"}
COUNCIL_ACCOUNT = "@SallowmoorDC"
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
MIN_POS, MIN_NEG, MIN_FILL = 15, 15, 30
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
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

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    for folder in [HERE, *HERE.parents]:
        path = folder / "shared" / "design" / "RULES.md"
        if path.is_file():
            sev = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    sev[cells[0]] = words or {"advice", "review", "block"}
            if sev:
                return sev, "RULES.md"
    return BUILTIN, "built-in copy"


def main():
    verbose = "-v" in sys.argv
    sev, rules_src = load_rules()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    reg = council["registers"]
    terms = [t.lower() for t in reg["confidential_terms"]]
    holders = reg["interest_holders"]
    me = council["self"]
    me_handles = {h for h, p in handles.items() if p == me["name"]}
    self_phone = re.sub(r"\D", "", me["phone"])
    self_email = me["email"].lower()

    with open(HERE / reg["pending_matters"], encoding="utf-8", newline="") as fh:
        pending = list(csv.DictReader(fh))
    pend_keys = []
    for p in pending:
        keys = {p["reference"]}
        site = p["address"].split(",")[0].strip()
        site = re.sub(r"^(Land at|Land off|Former|The)\s+", "", site)
        if not re.match(r"^\d", site):
            keys.add(site)
        m = re.search(r"Applicant: ([^.(]+?)(?: Ltd| Co)?[.(]", p["description"] + ".")
        if m:
            keys.add(m.group(1).strip())
        keys.update(re.findall(r"known as ([^)]+)\)", p["description"]))
        pend_keys.append({k.lower() for k in keys if k})
    with open(HERE / reg["meetings"], encoding="utf-8", newline="") as fh:
        meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                    for r in csv.DictReader(fh)]

    rows, seen = [], set()
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d does not parse: %s" % (n, e))
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    last_post = None
    for r in rows:
        rid = r.get("id", "?")
        for f in required:
            if f not in r:
                err("%s: missing %s" % (rid, f))
        if not re.fullmatch(PREFIX + r"-\d{4}", str(rid)):
            err("%s: bad id" % rid)
        if rid in seen:
            err("%s: duplicate id" % rid)
        seen.add(rid)
        text, author = r.get("text", ""), r.get("author")
        low = text.lower()
        # author and account
        if author not in handles or author == COUNCIL_ACCOUNT or handles.get(author) not in councillors:
            err("%s: author %s is not a councillor handle" % (rid, author))
        if (r.get("account") == "personal") != (author in PERSONAL):
            err("%s: account does not fit the handle" % rid)
        if r.get("account") not in ("personal", "councillor"):
            err("%s: bad account" % rid)
        if r.get("kind") != "post":
            err("%s: kind must be post" % rid)
        if r.get("platform") not in LIMITS or len(text) > LIMITS.get(r.get("platform"), 0):
            err("%s: platform or length" % rid)
        for h in re.findall(r"@\w+", text):
            if "@" + h[1:] in handles and handles.get(h) == handles.get(author):
                err("%s: mentions its own author" % rid)
        # time
        ts = r.get("created_at", "")
        if not ts.endswith("+00:00"):
            err("%s: timestamp offset" % rid)
        t = dt.datetime.fromisoformat(ts)
        if t.weekday() > 4 or not 8 <= t.hour <= 18:
            err("%s: not a weekday 08:00-18:59" % rid)
        if not dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27):
            err("%s: date out of range" % rid)
        if any(s <= t <= e for s, e in meetings):
            err("%s: inside a meeting" % rid)
        last_post = max(last_post or t, t)
        # labels
        ex = r.get("expect", {})
        exp, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for rule in exp + allowed:
            if rule not in sev:
                err("%s: unknown rule %s" % (rid, rule))
        if len(set(exp)) != len(exp) or len(set(allowed)) != len(allowed) or set(exp) & set(allowed):
            err("%s: rule repeated or both expected and allowed" % rid)
        if verdict not in ORDER:
            err("%s: bad verdict" % rid)
        elif not exp:
            if verdict != "ok":
                err("%s: verdict must be ok when nothing is expected" % rid)
        else:
            lo = max(min(ORDER[s] for s in sev.get(x, {"advice"})) for x in exp)
            hi = max(max(ORDER[s] for s in sev.get(x, {"block"})) for x in exp)
            possible = {ORDER[s] for x in exp for s in sev.get(x, set())}
            if not (lo <= ORDER[verdict] <= hi and ORDER[verdict] in possible):
                err("%s: verdict %s does not fit %s" % (rid, verdict, exp))
        kor, fam = r.get("kind_of_row"), r.get("family")
        if kor == "positive":
            if fam not in TWELVE or fam not in exp:
                err("%s: positive must expect its family" % rid)
        elif kor == "hard_negative":
            if exp or verdict != "ok" or r.get("near_miss_of") != fam or fam not in TWELVE:
                err("%s: hard negative labels" % rid)
        elif kor == "filler":
            if exp or allowed or verdict != "ok" or fam is not None:
                err("%s: filler labels" % rid)
        else:
            err("%s: bad kind_of_row" % rid)
        names_term = any(term in low for term in terms)
        if names_term and not ("confidentiality.disclosure" in exp and verdict == "block"):
            err("%s: names a register term but is not disclosure/block" % rid)
        if kor == "positive" and fam == "confidentiality.disclosure" and (verdict == "block") != names_term:
            err("%s: disclosure block iff a register term" % rid)
        names_pending = any(k in low for keys in pend_keys for k in keys)
        if "predetermination.closed-mind" in exp and names_pending and verdict != "block":
            err("%s: predetermination naming a pending matter must be block" % rid)
        if kor == "positive" and fam == "predetermination.closed-mind" and not names_pending and verdict != "review":
            err("%s: predetermination without a pending matter must be review" % rid)
        if "security.credentials" in exp and verdict != "block":
            err("%s: security must be block" % rid)
        if kor == "positive" and fam == "interests.declared-interest":
            interest = r.get("interest")
            if interest not in holders or holders[interest] != handles.get(author):
                err("%s: declared interest must carry an interest written by its holder" % rid)
        # contact details, numbers, emails, links
        digits_text = re.sub(r"[ -]", "", text)
        if (self_phone in digits_text or self_email in low) and author not in me_handles:
            err("%s: [self] contact details in a post by someone else" % rid)
        for m in re.finditer(r"(?<!\d)0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}(?!\d)", text):
            num = re.sub(r"\D", "", m.group())
            if not (len(num) == 11 and (num.startswith("07700900") or num.startswith("01632960"))):
                err("%s: phone number outside the drama ranges: %s" % (rid, m.group()))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err("%s: email not on example.com" % rid)
        for m in re.finditer(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co))\b", low):
            if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1)):
                err("%s: link or domain not on an example domain: %s" % (rid, m.group(1)))
    # pending decisions after every post
    for p in pending:
        if dt.date.fromisoformat(p["decision_date"]) <= last_post.date():
            err("pending %s decided before the last post" % p["reference"])
    # no absolute paths in the folder's files
    abs_pat = re.compile("(?<![\\w.])" + "/" + "(?:home|work|Users|tmp|root|mnt|opt|var|srv)/" + "|[A-Za-z]:\\\\")
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            if abs_pat.search(f.read_text(encoding="utf-8")):
                err("%s: contains an absolute path" % f.name)
    # counts
    pos = collections.Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    neg = collections.Counter(r["family"] for r in rows if r.get("kind_of_row") == "hard_negative")
    fill = sum(1 for r in rows if r.get("kind_of_row") == "filler")
    expecting = collections.Counter(x for r in rows for x in r["expect"]["rules"])
    for rule in TWELVE:
        if pos[rule] < MIN_POS or neg[rule] < MIN_NEG:
            err("%s: too few rows (%d positives, %d hard negatives)" % (rule, pos[rule], neg[rule]))
    if fill < MIN_FILL:
        err("too few fillers: %d" % fill)
    if verbose:
        print("rules from", rules_src)
        for rule in TWELVE:
            print("%-36s %3d %3d %3d" % (rule, pos[rule], neg[rule], expecting[rule]))
        print("fillers", fill, "rows", len(rows))
        v = collections.Counter(r["expect"]["verdict"] for r in rows if r["kind_of_row"] == "positive")
        print("positive verdicts", dict(sorted(v.items())))
        print("rows with allowed", sum(1 for r in rows if r["expect"]["allowed"]),
              "of them hard negatives",
              sum(1 for r in rows if r["expect"]["allowed"] and r["kind_of_row"] == "hard_negative"))
        print("personal-account rows", sum(1 for r in rows if r["account"] == "personal"))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
