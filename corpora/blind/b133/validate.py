"""Checks blind set b133 (Brackenhope District Council, twelve single-post rules) and prints OK.

Usage: python3 validate.py [-v]   (-v also prints the counts)
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
SET = "B133"
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
# built-in copy of the rule catalogue's severities, used when RULES.md cannot be found
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
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "kind_of_row", "note"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    if "same as the amplified rule" in cells[-1]:
                        words = {"advice", "review", "block"}
                    sev[cells[0]] = words
            if sev:
                return sev, str(p.relative_to(d))
    return BUILTIN, "built-in copy"


def digits(s):
    return re.sub(r"\D", "", s)


def main():
    verbose = "-v" in sys.argv
    sev, rules_src = load_rules()
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    cfg = tomllib.loads(raw)
    handles = cfg["people"]["handles"]
    council_name = cfg["council"]["name"]
    personal = set(re.findall(r'^"(@\w+)"\s*=.*#.*personal', raw, re.M))
    committees = {}
    for m in re.finditer(r"^# (Planning|Licensing) Committee: (.+)$", raw, re.M):
        committees[m.group(1)] = {re.sub(r"\s*\(.*?\)", "", x).strip().rstrip(".")
                                  for x in m.group(2).split(",")}
    self_cfg = cfg.get("self", {})
    self_name = self_cfg.get("name")
    self_phone = digits(self_cfg.get("phone", "")) or None
    self_email = (self_cfg.get("email") or "").lower() or None
    regs = cfg["registers"]
    terms = regs["confidential_terms"]
    interests = set(regs["interests"])
    holders = regs["interest_holders"]
    if set(holders) != interests:
        err("interest_holders do not match interests")

    # pending matters and the names they go by
    pending = list(csv.DictReader(open(HERE / regs["pending_matters"], encoding="utf-8")))
    keys = {}
    for p in pending:
        ks = {p["reference"]}
        site = p["address"].split(",")[0].strip()
        site = re.sub(r"^(Land at|Land west of|Former|Field at|The)\s+", "", site)
        site = re.sub(r"^\d+\s+", "", site)
        ks.add(site)
        m = re.search(r"applicant ([^,]+?)(?:,|$)", p["description"])
        if m:
            ks.add(m.group(1))
            ks.add(re.sub(r"\s+Ltd$", "", m.group(1)))
        m = re.search(r"known as (.+)$", p["description"])
        if m:
            ks.add(re.sub(r"^(the|The)\s+", "", m.group(1).strip()))
        keys[p["reference"]] = ks
    meetings = []
    for m in csv.DictReader(open(HERE / regs["meetings"], encoding="utf-8")):
        meetings.append((dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])))

    def names_pending(text):
        for ref, ks in keys.items():
            for k in ks:
                if re.search(r"(?<![\w/])%s(?![\w/])" % re.escape(k), text, re.I):
                    return ref
        return None

    def names_term(text):
        return [t for t in terms if t.lower() in text.lower()]

    rows, ids = [], set()
    for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d does not parse: %s" % (n, e))
            continue
        rows.append(r)
    last_post = None
    for r in rows:
        rid = r.get("id", "?")
        for f in FIELDS:
            if f not in r:
                err("%s: missing field %s" % (rid, f))
        if not re.fullmatch(SET + r"-\d{4}", str(rid)):
            err("%s: bad id" % rid)
        if rid in ids:
            err("%s: duplicate id" % rid)
        ids.add(rid)
        text, author = r.get("text", ""), r.get("author")
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % rid)
            continue
        # author and account
        person = handles.get(author)
        if person is None:
            err("%s: author %s not in council.toml" % (rid, author))
        elif person == council_name:
            err("%s: written by the council account" % rid)
        if (r.get("account") == "personal") != (author in personal):
            err("%s: account must be personal exactly for personal handles" % rid)
        if r.get("account") not in ("personal", "councillor"):
            err("%s: bad account" % rid)
        if r.get("kind") != "post":
            err("%s: kind must be post" % rid)
        plat = r.get("platform")
        if plat not in LIMITS:
            err("%s: bad platform %s" % (rid, plat))
        elif len(text) > LIMITS[plat]:
            err("%s: too long for %s" % (rid, plat))
        for h in re.findall(r"(?<![\w.])@\w+", text):
            if h == author or (person and handles.get(h) == person):
                err("%s: mentions its own author" % rid)
        # timestamps
        ca = r.get("created_at", "")
        if not ca.endswith("+00:00"):
            err("%s: created_at must end +00:00" % rid)
        try:
            t = dt.datetime.fromisoformat(ca)
        except ValueError:
            err("%s: bad created_at" % rid)
            continue
        if not (START <= t.date() <= END) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            err("%s: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % rid)
        if any(s <= t < e for s, e in meetings):
            err("%s: posted during a meeting" % rid)
        last_post = t if last_post is None or t > last_post else last_post
        # labels
        ex = r.get("expect", {})
        exp, alw, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in exp + alw:
            if x not in sev:
                err("%s: unknown rule %s" % (rid, x))
        if len(set(exp)) != len(exp) or len(set(alw)) != len(alw) or set(exp) & set(alw):
            err("%s: rule repeated or both expected and allowed" % rid)
        if verdict not in RANK:
            err("%s: bad verdict" % rid)
            continue
        if not exp:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (rid, verdict))
        else:
            union = set().union(*(sev.get(x, set()) for x in exp))
            floor = max(min(RANK[s] for s in sev.get(x, {"advice"})) for x in exp)
            if verdict == "ok" or verdict not in union or RANK[verdict] < floor:
                err("%s: verdict %s does not fit %s" % (rid, verdict, exp))
        kind, fam = r.get("kind_of_row"), r.get("family")
        if kind == "positive":
            if fam not in TWELVE or fam not in exp:
                err("%s: positive must expect its family" % rid)
        elif kind == "hard_negative":
            if exp or verdict != "ok":
                err("%s: hard negative expects something" % rid)
            if r.get("near_miss_of") not in TWELVE or r.get("near_miss_of") != fam:
                err("%s: hard negative needs near_miss_of equal to family" % rid)
        elif kind == "filler":
            if exp or alw or verdict != "ok" or fam is not None:
                err("%s: filler must expect and allow nothing" % rid)
        else:
            err("%s: bad kind_of_row" % rid)
        # registers
        named_terms = names_term(text)
        if named_terms and ("confidentiality.disclosure" not in exp or verdict != "block"):
            err("%s: names %s but does not expect disclosure with block" % (rid, named_terms))
        if kind == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != bool(named_terms):
                err("%s: disclosure positive block exactly when a register term is named" % rid)
        if "predetermination.closed-mind" in exp:
            ref = names_pending(text)
            if ref and verdict != "block":
                err("%s: names pending %s, predetermination must be block" % (rid, ref))
            if kind == "positive" and fam == "predetermination.closed-mind" and not ref and verdict != "review":
                err("%s: predetermination naming no pending matter must be review" % rid)
            if kind == "positive" and fam == "predetermination.closed-mind" and committees and person:
                surname = person.split()[-1]
                if not any(surname in m for m in committees.values()):
                    err("%s: predetermination positive by a member of no deciding committee" % rid)
        if "security.credentials" in exp and verdict != "block":
            err("%s: security must be block" % rid)
        if kind == "positive" and fam == "interests.declared-interest":
            i = r.get("interest")
            if i not in interests:
                err("%s: declared-interest positive needs a registered interest" % rid)
            elif holders.get(i) != person:
                err("%s: declared-interest positive not written by the holder" % rid)
        # contact details and links
        if self_phone and self_phone in digits(text) and person != self_name:
            err("%s: [self] phone in a post by someone else" % rid)
        if self_email and self_email in text.lower() and person != self_name:
            err("%s: [self] email in a post by someone else" % rid)
        for m in re.finditer(r"(?<![\d/])0\d{2,4}[ \d]{5,10}\d(?![\d/])", text):
            d = digits(m.group(0))
            if 10 <= len(d) <= 11 and not (d.startswith("01632960") or d.startswith("07700900")):
                err("%s: phone number outside Ofcom drama ranges: %s" % (rid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err("%s: email not on example.com" % rid)
        for m in re.finditer(r"\b((?:[\w-]+\.)+(?:com|net|org|uk|io|co|info|ly))\b", text, re.I):
            if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1).lower()):
                err("%s: link or domain not on example.com/.net/.org: %s" % (rid, m.group(1)))

    for p in pending:
        if last_post and dt.date.fromisoformat(p["decision_date"]) <= last_post.date():
            err("pending %s decided before the last post" % p["reference"])

    # no absolute paths in the folder's files
    abs_path = re.compile(r"(?<![\w.])/(?:home|work|tmp|usr|Users|mnt|root|var)/|\b[A-Z]:\\\\")
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in (".py", ".md", ".csv", ".toml", ".jsonl"):
            if abs_path.search(f.read_text(encoding="utf-8")):
                err("%s contains an absolute path" % f.name)

    # counts
    pos = collections.Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    hn = collections.Counter(r.get("near_miss_of") for r in rows if r.get("kind_of_row") == "hard_negative")
    expecting = collections.Counter(x for r in rows for x in r["expect"]["rules"])
    fillers = sum(r.get("kind_of_row") == "filler" for r in rows)
    for rule in TWELVE:
        if pos[rule] < 15:
            err("%s: only %d positives" % (rule, pos[rule]))
        if hn[rule] < 15:
            err("%s: only %d hard negatives" % (rule, hn[rule]))
    if fillers < 30:
        err("only %d fillers" % fillers)
    if sum(hn.values()) < sum(pos.values()):
        err("fewer hard negatives than positives")

    if verbose:
        print("rules from", rules_src)
        print("%-36s %4s %4s %4s" % ("rule", "pos", "hn", "exp"))
        for rule in TWELVE:
            print("%-36s %4d %4d %4d" % (rule, pos[rule], hn[rule], expecting[rule]))
        print("fillers", fillers, "total", len(rows))
        print("positive verdicts", dict(collections.Counter(
            (r["family"], r["expect"]["verdict"]) for r in rows if r["kind_of_row"] == "positive")))
        print("verdicts", dict(collections.Counter(r["expect"]["verdict"] for r in rows)))
        print("rows with allowed", sum(bool(r["expect"]["allowed"]) for r in rows),
              "of them hard negatives",
              sum(bool(r["expect"]["allowed"]) for r in rows if r["kind_of_row"] == "hard_negative"))
        print("personal", sum(r["account"] == "personal" for r in rows))
        print("platforms", dict(collections.Counter(r["platform"] for r in rows)))
        print("multi-rule", [(r["id"], r["expect"]["rules"]) for r in rows if len(r["expect"]["rules"]) > 1])
        print("last post", last_post)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
