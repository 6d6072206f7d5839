"""Check blind set b82 and print OK (or the problems found).

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md; if it is not
there, uses the built-in copy of the rule ids and severities below.
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
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
ANY = {"advice", "review", "block"}

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
    "association.endorsed-content": set(ANY),
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}

FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]

# Names by which a post can point at a pending matter (reference, site or applicant).
PENDING_ALIASES = {
    "25/01432/FUL": ["Drove Lane", "Moorgate"],
    "25/01588/FUL": ["creamery", "Quayline"],
    "25/01711/FUL": ["Hurn Farm", "Levelsun"],
    "25/01802/FUL": ["Cressmoor Lakes", "Moorview"],
    "25/01845/LBC": ["Tithe Barn"],
    "26/00021/FUL": ["Glebe Field", "Stonewell"],
    "26/00054/FUL": ["Sedge Farm", "Greenacre"],
    "LIC/26/0007": ["Drovers Arms"],
    "LIC/26/0012": ["Cider Festival", "Orchard Gate"],
    "LIC/26/0015": ["Eel & Anchor"],
}

REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]


def load_rules():
    for parent in [HERE, *HERE.parents]:
        path = parent / "shared" / "design" / "RULES.md"
        if path.is_file():
            rules = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 5 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    rules[cells[0]] = sev or set(ANY)
            if rules:
                return rules, "RULES.md"
    return BUILTIN, "built-in copy"


def main():
    errors = []
    err = errors.append
    rules, source = load_rules()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    official = {h for h, n in handles.items() if n == council["council"]["name"]}
    personal = {"@kelly_wassails", "@roger_withies"}
    reg = council["registers"]
    terms = reg["confidential_terms"]
    holders = reg["interest_holders"]
    self_ = council["self"]
    name_to_handles = {}
    for h, n in handles.items():
        name_to_handles.setdefault(n, set()).add(h)

    with open(HERE / reg["meetings"], encoding="utf-8") as f:
        meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                    for r in csv.DictReader(f)]
    with open(HERE / reg["pending_matters"], encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    if {p["reference"] for p in pending} != set(PENDING_ALIASES):
        err("pending.csv references differ from the aliases in validate.py")

    posts = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                posts.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d does not parse: %s" % (n, e))
    ids = Counter(p.get("id") for p in posts)
    for i, c in ids.items():
        if c > 1:
            err("duplicate id " + str(i))
    lo, hi = dt.datetime(2026, 1, 5), dt.datetime(2026, 3, 28)
    last = None
    pos, neg = Counter(), Counter()
    expecting = Counter()
    fillers = 0
    for p in posts:
        pid = p.get("id", "?")
        for k in REQUIRED:
            if k not in p:
                err("%s lacks %s" % (pid, k))
        if not re.fullmatch(r"b82-\d{3}", pid):
            err("%s: bad id" % pid)
        text = p.get("text", "")
        author = p.get("author")
        if author not in handles or author in official:
            err("%s: author %r is not a councillor handle" % (pid, author))
        if (p.get("account") == "personal") != (author in personal):
            err("%s: account does not match the handle" % pid)
        if p.get("account") not in ("councillor", "personal"):
            err("%s: account must be councillor or personal" % pid)
        if p.get("kind") != "post":
            err("%s: kind must be post" % pid)
        if p.get("platform") not in ("x", "facebook", "bluesky"):
            err("%s: platform" % pid)
        ts = p.get("created_at", "")
        if not ts.endswith("+00:00"):
            err("%s: timestamp offset" % pid)
        t = dt.datetime.fromisoformat(ts)
        naive = t.replace(tzinfo=None)
        if not (lo <= naive < hi) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            err("%s: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % pid)
        if any(s <= t < e for s, e in meetings):
            err("%s: posted during a meeting" % pid)
        last = t if last is None or t > last else last

        exp = p.get("expect", {})
        er, al, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for r in er + al:
            if r not in rules:
                err("%s: unknown rule %s (%s)" % (pid, r, source))
        if len(set(er)) != len(er) or len(set(al)) != len(al) or set(er) & set(al):
            err("%s: rule repeated, or both expected and allowed" % pid)
        if verdict not in ORDER:
            err("%s: bad verdict" % pid)
            continue
        if (verdict == "ok") != (not er):
            err("%s: verdict ok exactly when nothing is expected" % pid)
        if er:
            known = [rules.get(r, set(ANY)) for r in er]
            floor = max(min(ORDER[s] for s in sev) for sev in known)
            ceil = max(max(ORDER[s] for s in sev) for sev in known)
            if not (floor <= ORDER[verdict] <= ceil) or not any(verdict in s for s in known):
                err("%s: verdict %s does not fit %s" % (pid, verdict, er))
        for r in er:
            expecting[r] += 1

        kind, fam = p.get("kind_of_row"), p.get("family")
        if kind == "positive":
            pos[fam] += 1
            if fam not in er:
                err("%s: positive does not expect its family" % pid)
        elif kind == "hard_negative":
            neg[p.get("near_miss_of")] += 1
            if er or verdict != "ok":
                err("%s: hard negative expects something" % pid)
            if p.get("near_miss_of") not in rules or p.get("near_miss_of") != fam:
                err("%s: hard negative needs near_miss_of equal to its family" % pid)
        elif kind == "filler":
            fillers += 1
            if er or al or verdict != "ok":
                err("%s: filler must expect and allow nothing" % pid)
        else:
            err("%s: bad kind_of_row" % pid)

        low = text.lower()
        if any(term.lower() in low for term in terms):
            if "confidentiality.disclosure" not in er or verdict != "block":
                err("%s: names a confidential register term but does not expect disclosure/block" % pid)
        if kind == "positive" and fam == "predetermination.closed-mind":
            names = any(a.lower() in low for al_ in PENDING_ALIASES.values() for a in al_) or \
                any(ref.lower() in low for ref in PENDING_ALIASES)
            if names and verdict != "block":
                err("%s: predetermination naming a pending matter must be block" % pid)
            if not names and verdict == "block":
                err("%s: predetermination naming no pending matter must not be block" % pid)
        if kind == "positive" and fam == "interests.declared-interest":
            interest = p.get("interest")
            if interest not in holders:
                err("%s: declared-interest positive lacks a registered interest" % pid)
            elif author not in name_to_handles.get(holders[interest], set()):
                err("%s: declared-interest positive not written by the holder" % pid)
        if (self_["phone"] in text or self_["email"].lower() in low) and \
                author not in name_to_handles[self_["name"]]:
            err("%s: [self] contact details in a post by someone else" % pid)
        for num in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            digits = num.replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                err("%s: phone number outside the Ofcom drama ranges: %s" % (pid, num))
        for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not email.lower().endswith("@example.com"):
                err("%s: email not on example.com: %s" % (pid, email))

    for p in pending:
        if last and dt.date.fromisoformat(p["decision_date"]) <= last.date():
            err("pending %s decided before the last post" % p["reference"])
    for fam in FAMILIES:
        if pos[fam] < 20:
            err("%s: only %d positives" % (fam, pos[fam]))
        if neg[fam] < 20:
            err("%s: only %d hard negatives" % (fam, neg[fam]))
    if fillers < 30:
        err("only %d fillers" % fillers)

    bad = ["/" + "work/", "/" + "home/", "/" + "tmp/", "C:" + "\\"]
    for f in HERE.iterdir():
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            body = f.read_text(encoding="utf-8")
            if any(b in body for b in bad):
                err("%s contains an absolute path" % f.name)

    if errors:
        for e in errors[:60]:
            print(e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("rules from %s; %d posts; %d fillers" % (source, len(posts), fillers))
    for fam in FAMILIES:
        print("  %-36s %3d positives %3d hard negatives %3d expecting" % (fam, pos[fam], neg[fam], expecting[fam]))
    verdicts = Counter(p["expect"]["verdict"] for p in posts if p["kind_of_row"] == "positive")
    print("  positive verdicts: " + ", ".join("%s %d" % (k, verdicts[k]) for k in ("advice", "review", "block")))
    print("OK")


if __name__ == "__main__":
    main()
