"""Check blind evaluation set b118 and print OK (with -v, also the counts)."""
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B118"
ORDER = ["ok", "advice", "review", "block"]
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
# built-in copy of the rule ids and severities, used when RULES.md cannot be found
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
PERSONAL = {"@budds_orchard", "@imogen_bellringer"}
PLATFORM_LIMITS = {"x": 280, "facebook": 63206, "bluesky": 300}
FIRST, LAST = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
MIN_POS, MAX_POS, MIN_FILLERS = 18, 24, 30
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "near_miss_of", "interest", "note"]
# Ofcom drama number ranges (prefix of the digits, total length)
DRAMA = [("07700900", 11), ("01632960", 11), ("0207946", 11), ("01134960", 11),
         ("01144960", 11), ("01154960", 11), ("01164960", 11), ("01174960", 11),
         ("01184960", 11), ("01214960", 11), ("01314960", 11), ("01414960", 11),
         ("01514960", 11), ("01614960", 11), ("01914980", 11), ("02896496", 11),
         ("02920180", 11), ("08081570", 11), ("09098790", 11), ("03069990", 11)]

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    d = HERE
    while True:
        cand = d / "shared" / "design" / "RULES.md"
        if cand.is_file():
            break
        if d.parent == d:
            return BUILTIN, "built-in copy"
        d = d.parent
    rules = {}
    for line in cand.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1])) or {"advice", "review", "block"}
        rules[cells[0]] = sev
    if not rules:
        return BUILTIN, "built-in copy"
    return rules, "shared/design/RULES.md"


def committee(raw, title):
    m = re.search(r"# " + title + r" Committee:(.*?)\.\s*\n", raw, re.S)
    if not m:
        err("council.toml: no %s Committee comment" % title)
        return set()
    text = re.sub(r"\s*#\s*", " ", m.group(1))
    return {re.sub(r"\(.*?\)", "", n).strip() for n in text.split(",")}


def main():
    verbose = "-v" in sys.argv
    rules, rules_src = load_rules()
    for r in TWELVE:
        if r not in rules:
            err("rule %s not in %s" % (r, rules_src))

    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    cfg = tomllib.loads(raw)
    handles = cfg["people"]["handles"]
    councillors = set(cfg["people"]["councillors"])
    council_name = cfg["council"]["name"]
    council_handles = {h for h, n in handles.items() if n == council_name}
    for h, n in handles.items():
        if n not in councillors and h not in council_handles:
            err("handle %s names someone who is not a councillor" % h)
    planning, licensing = committee(raw, "Planning"), committee(raw, "Licensing")
    for n in planning | licensing:
        if n not in councillors:
            err("committee member %r is not a councillor" % n)
    me = cfg["self"]
    terms = cfg["registers"]["confidential_terms"]
    interests = set(cfg["registers"]["interests"])
    holders = cfg["registers"]["interest_holders"]
    for k, v in holders.items():
        if k not in interests or v not in councillors:
            err("interest holder entry %r = %r" % (k, v))

    pending = list(csv.DictReader(open(HERE / cfg["registers"]["pending_matters"], encoding="utf-8")))
    pend_names = []
    for p in pending:
        names = {p["reference"]}
        site = p["address"].split(",")[0].strip()
        site = re.sub(r"^(The|Land at|Land south of|Former)\s+", "", site)
        if not re.match(r"^\d", site):
            names.add(site)
        m = re.search(r"applicant (.+?)$", p["description"])
        if m:
            names.add(m.group(1))
            names.add(re.sub(r"\s+Ltd$", "", m.group(1)))
        m = re.search(r"known as (.+?),", p["description"])
        if m:
            names.add(m.group(1))
            names.add(re.sub(r"^The\s+", "", m.group(1)))
        pend_names.append((p, names))

    meetings = []
    for m in csv.DictReader(open(HERE / cfg["registers"]["meetings"], encoding="utf-8")):
        s, e = dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])
        if s.utcoffset() is None or e <= s:
            err("meeting %r has a bad time" % m["title"])
        meetings.append((s, e))

    name_of = handles
    rows = []
    for ln, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d does not parse: %s" % (ln, e))
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err("duplicate id %s" % i)
    texts = Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            err("duplicate text: %s" % (t or "")[:60])

    last_post = None
    pos, neg, fillers, expecting = Counter(), Counter(), 0, Counter()
    for r in rows:
        rid = r.get("id", "?")
        missing = [f for f in REQUIRED if f not in r]
        if missing:
            err("%s lacks %s" % (rid, missing))
            continue
        if not re.fullmatch(SET + r"-\d{4}", rid):
            err("%s: bad id" % rid)
        text, author = r["text"], r["author"]
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % rid)
            continue
        if author not in handles or author in council_handles:
            err("%s: author %s is not a councillor handle" % (rid, author))
            continue
        if (r["account"] == "personal") != (author in PERSONAL) or r["account"] not in ("personal", "councillor"):
            err("%s: account %s does not fit %s" % (rid, r["account"], author))
        if r["kind"] != "post":
            err("%s: kind %s" % (rid, r["kind"]))
        lim = PLATFORM_LIMITS.get(r["platform"])
        if lim is None or len(text) > lim:
            err("%s: platform %s does not fit a text of %d characters" % (rid, r["platform"], len(text)))
        if author.lower() in text.lower():
            err("%s: mentions its own author" % rid)
        if name_of[author] in text:
            err("%s: names its own author in full" % rid)
        if not r["note"]:
            err("%s: no note" % rid)
        # time
        ts = r["created_at"]
        if not isinstance(ts, str) or not ts.endswith("+00:00"):
            err("%s: timestamp %s is not +00:00" % (rid, ts))
        else:
            t = dt.datetime.fromisoformat(ts)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (FIRST <= t.date() <= LAST):
                err("%s: timestamp %s outside weekdays 08:00-18:59, %s to %s" % (rid, ts, FIRST, LAST))
            if any(s <= t <= e for s, e in meetings):
                err("%s: timestamp inside a meeting" % rid)
            last_post = t if last_post is None or t > last_post else last_post
        # expectations
        ex = r["expect"]
        exp, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(exp, list) or not isinstance(allowed, list) or verdict not in ORDER:
            err("%s: bad expect" % rid)
            continue
        for x in exp + allowed:
            if x not in rules:
                err("%s: unknown rule %s" % (rid, x))
        if len(set(exp)) != len(exp) or len(set(allowed)) != len(allowed) or set(exp) & set(allowed):
            err("%s: a rule is repeated or both expected and allowed" % rid)
        if not exp:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (rid, verdict))
        else:
            sevs = [rules.get(x, {"advice", "review", "block"}) for x in exp]
            lo = max(min(s, key=ORDER.index) for s in sevs)
            if verdict == "ok" or ORDER.index(verdict) < ORDER.index(lo) or not any(verdict in s for s in sevs):
                err("%s: verdict %s does not fit %s" % (rid, verdict, exp))
        for x in exp:
            expecting[x] += 1
        kind, fam = r["kind_of_row"], r["family"]
        if kind == "positive":
            if fam not in TWELVE or fam not in exp:
                err("%s: positive of %s does not expect it" % (rid, fam))
            if r["near_miss_of"] is not None:
                err("%s: positive with near_miss_of" % rid)
            pos[fam] += 1
        elif kind == "hard_negative":
            if exp or verdict != "ok":
                err("%s: hard negative expects something" % rid)
            if fam not in TWELVE or r["near_miss_of"] != fam:
                err("%s: hard negative near_miss_of %s / family %s" % (rid, r["near_miss_of"], fam))
            neg[fam] += 1
        elif kind == "filler":
            if exp or allowed or verdict != "ok" or fam is not None or r["near_miss_of"] is not None:
                err("%s: filler must expect and allow nothing, family null" % rid)
            fillers += 1
        else:
            err("%s: kind_of_row %s" % (rid, kind))
        # interest
        if kind == "positive" and fam == "interests.declared-interest":
            it = r["interest"]
            if it not in interests:
                err("%s: interest %r not registered" % (rid, it))
            elif name_of[author] != holders.get(it):
                err("%s: declared-interest positive not by the holder of %s" % (rid, it))
        elif r["interest"] is not None:
            err("%s: interest set on a row that is not a declared-interest positive" % rid)
        # confidential register
        low = text.lower()
        named_term = any(t.lower() in low for t in terms)
        if named_term and not ("confidentiality.disclosure" in exp and verdict == "block"):
            err("%s: names a confidential term but does not expect disclosure at block" % rid)
        if kind == "positive" and fam == "confidentiality.disclosure" and named_term != (verdict == "block"):
            err("%s: disclosure positive is block exactly when it names a register term" % rid)
        # pending matters
        if "predetermination.closed-mind" in exp:
            hit = [p for p, names in pend_names if any(n.lower() in low for n in names)]
            if hit and verdict != "block":
                err("%s: predetermination names a pending matter but is %s" % (rid, verdict))
            if not hit and fam == "predetermination.closed-mind" and kind == "positive" and verdict != "review":
                err("%s: predetermination positive naming no pending matter should be review" % rid)
            if kind == "positive" and name_of[author] not in planning | licensing:
                err("%s: predetermination positive by a member of neither committee" % rid)
            for p in hit:
                board = planning if p["reference"].startswith("PL/") else licensing
                if name_of[author] not in board:
                    err("%s: predetermination on %s by a member not on that committee" % (rid, p["reference"]))
        if "security.credentials" in exp and verdict != "block":
            err("%s: security is always block" % rid)
        # self contact details
        if (me["phone"] in text or me["email"].lower() in low) and name_of[author] != me["name"]:
            err("%s: [self] contact details in a post by someone else" % rid)
        # phones, emails, links
        for m in re.finditer(r"(?<![\w.])(0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4})(?![\w])", text):
            digits = re.sub(r"\D", "", m.group(1))
            if not any(digits.startswith(p) and len(digits) == n for p, n in DRAMA):
                err("%s: phone number %s is not in an Ofcom drama range" % (rid, m.group(1)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err("%s: email domain %s" % (rid, m.group(1)))
        for m in re.finditer(r"(?i)(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|gov|info|biz))\b", text):
            dom = m.group(1).lower()
            if not re.fullmatch(r"(?:[a-z0-9-]+\.)*example\.(?:com|net|org)", dom):
                err("%s: link domain %s" % (rid, dom))

    # pending decisions after the last post
    for p in pending:
        if last_post and dt.date.fromisoformat(p["decision_date"]) <= last_post.date():
            err("pending %s is decided before the last post" % p["reference"])

    # counts
    for f in TWELVE:
        if not (MIN_POS <= pos[f] <= MAX_POS):
            err("%s: %d positives (want %d to %d)" % (f, pos[f], MIN_POS, MAX_POS))
        if neg[f] < max(pos[f], MIN_POS):
            err("%s: %d hard negatives for %d positives" % (f, neg[f], pos[f]))
    if fillers < MIN_FILLERS:
        err("only %d fillers" % fillers)

    # no absolute paths in the folder's files
    roots = ["wo" + "rk", "ho" + "me", "t" + "mp", "us" + "r", "ro" + "ot", "m" + "nt", "Us" + "ers"]
    path_rx = re.compile(r"(?<![\w.~-])/(?:" + "|".join(roots) + r")/|[A-Za-z]:" + "\\\\" * 2)
    for fp in sorted(HERE.iterdir()):
        if fp.is_file() and fp.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            if path_rx.search(fp.read_text(encoding="utf-8")):
                err("%s contains an absolute path" % fp.name)

    if verbose:
        print("rules from", rules_src)
        print("%-36s %5s %5s %5s" % ("rule", "pos", "neg", "exp"))
        for f in TWELVE:
            print("%-36s %5d %5d %5d" % (f, pos[f], neg[f], expecting[f]))
        print("fillers", fillers, "rows", len(rows))
        print("verdicts of positives", dict(Counter(r["expect"]["verdict"] for r in rows if r["kind_of_row"] == "positive")))
        print("platforms", dict(Counter(r["platform"] for r in rows)))
        print("personal", sum(r["account"] == "personal" for r in rows),
              "with allowed", sum(bool(r["expect"]["allowed"]) for r in rows),
              "hard negatives with allowed", sum(bool(r["expect"]["allowed"]) for r in rows if r["kind_of_row"] == "hard_negative"))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
