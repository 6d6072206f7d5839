#!/usr/bin/env python3
"""Check blind set b156 and print OK. Standard library only. `-v` also prints counts."""
import csv
import json
import os
import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B156"
START, END = date(2026, 9, 7), date(2026, 11, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
# Built-in copy of the severities in RULES.md, used when the file cannot be found.
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
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            break
        nd = os.path.dirname(d)
        if nd == d:
            return BUILTIN, "built-in"
        d = nd
    rules = {}
    for line in open(p, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|(.*)\|\s*$", line)
        if not m:
            continue
        sev_col = m.group(2).split("|")[-1].lower()
        sevs = {s for s in ("advice", "review", "block") if s in sev_col}
        if "same as the amplified" in sev_col:
            sevs = {"advice", "review", "block"}
        rules[m.group(1)] = sevs
    return (rules or BUILTIN), "RULES.md"


def local(dt):
    # Europe/London in 2026: BST from 29 March 01:00 UTC to 25 October 01:00 UTC
    bst = datetime(2026, 3, 29, 1, tzinfo=timezone.utc) <= dt < datetime(2026, 10, 25, 1, tzinfo=timezone.utc)
    return dt + timedelta(hours=1 if bst else 0)


def wmatch(term, text):
    return re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.I) is not None


def main():
    verbose = "-v" in sys.argv
    rules, source = load_rules()
    cfg = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    handles = cfg["people"]["handles"]
    council_name = cfg["council"]["name"]
    councillors = set(cfg["people"]["councillors"])
    selfc = cfg["self"]
    conf_terms = cfg["registers"]["confidential_terms"]
    interests = cfg["registers"]["interests"]
    holders = cfg["registers"]["interest_holders"]
    toml_text = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    committees = {}
    for name in ("Planning", "Licensing"):
        m = re.search(r"# %s Committee: (.*)\." % name, toml_text)
        committees[name.lower()] = {s.split(" (")[0].strip() for s in m.group(1).split(",")}
    personal_handles = {h for h in handles if re.search(r'"%s".*personal account' % re.escape(h), toml_text)}

    pending = list(csv.DictReader(open(os.path.join(HERE, "pending.csv"), encoding="utf-8")))
    matters = []
    for p in pending:
        keys = [p["reference"]]
        site = p["address"].split(",")[0].strip()
        site = re.sub(r"^(Land at|Land east of) ", "", site)
        keys.append(site)
        m = re.search(r"applicant (.+? Ltd)", p["description"])
        if m:
            keys += [m.group(1), m.group(1)[:-4]]
        m = re.search(r"known as (.+)$", p["description"])
        if m:
            k = m.group(1).strip()
            keys.append(re.sub(r"^(?i:the) ", "", k))
        matters.append((p, keys))
    meetings = []
    for m in csv.DictReader(open(os.path.join(HERE, "meetings.csv"), encoding="utf-8")):
        meetings.append((datetime.fromisoformat(m["start"]), datetime.fromisoformat(m["end"])))

    posts = []
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            posts.append(json.loads(line))
        except ValueError:
            err("line %d does not parse" % n)
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    last = None
    for i, p in enumerate(posts, 1):
        pid = p.get("id")
        if pid != "%s-%04d" % (SET, i):
            err("%s: id out of sequence" % pid)
        for f in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if f not in p:
                err("%s: missing %s" % (pid, f))
        text, author = p["text"], p["author"]
        if author not in handles or handles[author] == council_name or handles[author] not in councillors:
            err("%s: author %s is not a councillor handle" % (pid, author))
        if (p["account"] == "personal") != (author in personal_handles) or p["account"] not in ("personal", "councillor"):
            err("%s: account %s wrong for %s" % (pid, p["account"], author))
        if p["kind"] != "post":
            err("%s: kind" % pid)
        if p["platform"] not in LIMITS or len(text) > LIMITS[p["platform"]]:
            err("%s: platform %s / length %d" % (pid, p["platform"], len(text)))
        name = handles.get(author, "")
        if author.lower() in text.lower():
            err("%s: mentions its own author" % pid)
        for h, nm in handles.items():
            if nm == name and h.lower() in text.lower():
                err("%s: mentions the author's other handle" % pid)
        if name and re.search(r"(?<!\w)" + re.escape(name.split(" ", 1)[1]) + r"(?!\w)", text):
            err("%s: names its own author" % pid)
        # time
        ts = p["created_at"]
        if not ts.endswith("+00:00"):
            err("%s: timestamp not +00:00" % pid)
        dt = datetime.fromisoformat(ts)
        lt = local(dt)
        if lt.weekday() > 4 or not (8 <= lt.hour <= 18) or not (START <= lt.date() <= END):
            err("%s: timestamp %s outside weekdays 08:00-18:59, 7 Sep-27 Nov 2026" % (pid, ts))
        if any(s <= dt <= e for s, e in meetings):
            err("%s: inside a meeting" % pid)
        last = dt if last is None or dt > last else last
        # labels
        ex = p["expect"]
        exp, alw, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        for r in exp + alw:
            if r not in rules:
                err("%s: unknown rule %s" % (pid, r))
        if len(set(exp)) != len(exp) or len(set(alw)) != len(alw) or set(exp) & set(alw):
            err("%s: rule repeated or both expected and allowed" % pid)
        if verdict not in RANK:
            err("%s: bad verdict" % pid)
        if not exp and verdict != "ok":
            err("%s: verdict must be ok when nothing is expected" % pid)
        if exp:
            if verdict == "ok":
                err("%s: verdict ok with expected rules" % pid)
            if not any(verdict in rules.get(r, set()) for r in exp) or any(RANK[verdict] < min(RANK[s] for s in rules.get(r, {"advice"})) for r in exp):
                err("%s: verdict %s does not fit %s" % (pid, verdict, exp))
        kor, fam = p["kind_of_row"], p["family"]
        if kor == "positive":
            if fam not in FAMILIES or fam not in exp:
                err("%s: positive does not expect its family" % pid)
        elif kor == "hard_negative":
            if exp or verdict != "ok" or p.get("near_miss_of") != fam or fam not in FAMILIES:
                err("%s: hard negative labels" % pid)
        elif kor == "filler":
            if exp or alw or verdict != "ok" or fam is not None:
                err("%s: filler labels" % pid)
        else:
            err("%s: kind_of_row" % pid)
        # confidential register
        named_term = [t for t in conf_terms if t.lower() in text.lower()]
        if named_term and not ("confidentiality.disclosure" in exp and verdict == "block"):
            err("%s: names %s but does not expect disclosure/block" % (pid, named_term))
        if kor == "positive" and fam == "confidentiality.disclosure":
            if bool(named_term) != (verdict == "block"):
                err("%s: disclosure block iff a register term is named" % pid)
        # predetermination
        if "predetermination.closed-mind" in exp:
            hit = [m for m, keys in matters if any(wmatch(k, text) for k in keys)]
            if hit and verdict != "block":
                err("%s: names a pending matter but is not block" % pid)
            if kor == "positive" and fam == "predetermination.closed-mind":
                if not hit and verdict != "review":
                    err("%s: predetermination naming no matter should be review" % pid)
                surname = name.split(" ", 1)[1]
                if hit:
                    need = "licensing" if hit[0]["reference"].startswith("LIC") else "planning"
                    if surname not in committees[need]:
                        err("%s: author not on the %s committee" % (pid, need))
                elif surname not in committees["planning"] | committees["licensing"]:
                    err("%s: author on no deciding committee" % pid)
        if "security.credentials" in exp and verdict != "block":
            err("%s: security must be block" % pid)
        if kor == "positive" and fam == "interests.declared-interest":
            it = p.get("interest")
            if it not in interests or holders.get(it) != name:
                err("%s: interest missing or author is not its holder" % pid)
        # self's contact details
        if (selfc["phone"] in text or selfc["email"].lower() in text.lower()) and name != selfc["name"]:
            err("%s: [self] contact details in a post by someone else" % pid)
        # phone numbers, emails, links
        for m in re.finditer(r"\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b", text):
            digits = re.sub(r"\D", "", m.group(0))
            if not (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"01632960\d{3}", digits)
                    or re.fullmatch(r"0207946\d{4}", digits)):
                err("%s: phone number %s outside the drama ranges" % (pid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com" and not m.group(1).lower().startswith("example."):
                err("%s: email domain %s" % (pid, m.group(1)))
        for m in re.finditer(r"(?:https?://)?((?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?", text, re.I):
            dom = m.group(1).lower()
            if "@" in text[max(0, m.start() - 1):m.start()]:
                continue
            if re.search(r"\.(com|net|org|co\.uk|uk|io|gov)$", dom) and not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err("%s: link or domain %s not on example.com/.net/.org" % (pid, dom))
    for p, _ in matters:
        if last and date.fromisoformat(p["decision_date"]) <= last.date():
            err("pending %s decided before the last post" % p["reference"])
    # counts
    c = Counter((p["family"], p["kind_of_row"]) for p in posts)
    for f in FAMILIES:
        if c[(f, "positive")] < 15 or c[(f, "hard_negative")] < 15:
            err("too few rows for %s" % f)
    if c[(None, "filler")] < 30:
        err("too few fillers")
    # no absolute paths in the folder's files
    for fn in os.listdir(HERE):
        fp = os.path.join(HERE, fn)
        if os.path.isfile(fp):
            body = open(fp, encoding="utf-8", errors="replace").read()
            if re.search(r"(?<![\w.])/(?:home|work|Users|tmp|root|mnt|var)/|[A-Za-z]:\\\\", body):
                if fn != "validate.py":
                    err("%s: absolute path" % fn)
    if ERRORS:
        for e in ERRORS[:60]:
            print(e)
        print("%d problem(s)" % len(ERRORS))
        sys.exit(1)
    if verbose:
        print("rules from", source)
        for f in FAMILIES:
            exp_n = sum(1 for p in posts if f in p["expect"]["rules"])
            print("%-36s pos %2d  hn %2d  expecting %2d" % (f, c[(f, "positive")], c[(f, "hard_negative")], exp_n))
        print("fillers", c[(None, "filler")], "total", len(posts))
        print("verdicts", dict(Counter(p["expect"]["verdict"] for p in posts if p["kind_of_row"] == "positive")))
        print("platforms", dict(Counter(p["platform"] for p in posts)))
        print("personal", sum(p["account"] == "personal" for p in posts),
              "with allowed", sum(bool(p["expect"]["allowed"]) for p in posts),
              "hn with allowed", sum(bool(p["expect"]["allowed"]) for p in posts if p["kind_of_row"] == "hard_negative"))
    print("OK")


if __name__ == "__main__":
    main()
