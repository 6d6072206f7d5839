"""Checks blind set b91 and prints OK (or the problems found). Usage: python validate.py"""
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
BUILTIN = {  # used only when shared/design/RULES.md cannot be found above this folder
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
TWELVE = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
          "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
          "predetermination.closed-mind", "interests.declared-interest",
          "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
          "tone.irony-risk"]
MIN_POS, MIN_HN, MIN_FILL = 18, 18, 40


def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 5 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    rules[cells[0]] = sev or {"advice", "review", "block"}
            if rules:
                return rules
    return BUILTIN


def main():
    errs = []
    err = errs.append
    rules = load_rules()
    with open(HERE / "council.toml", "rb") as f:
        cfg = tomllib.load(f)
    handles = cfg["people"]["handles"]
    councillors = set(cfg["people"]["councillors"])
    personal = {"@ross_gigs_porthwenna", "@opie_on_the_moor"}
    selfc = cfg["self"]
    terms = [t.lower() for t in cfg["registers"]["confidential_terms"]]
    interests = cfg["registers"]["interests"]
    holders = cfg["registers"]["interest_holders"]
    with open(HERE / cfg["registers"]["pending_matters"], newline="", encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    keys = []
    for p in pending:
        keys.append(p["reference"].lower())
        keys.append(p["address"].split(",")[0].lower())
        m = re.search(r"\(([^)]+)\)\s*$", p["description"])
        if m:
            keys.append(m.group(1).lower())
    with open(HERE / cfg["registers"]["meetings"], newline="", encoding="utf-8") as f:
        meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                    for r in csv.DictReader(f)]
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

    posts, ids = [], set()
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            posts.append(json.loads(line))
        except ValueError as e:
            err("line %d does not parse: %s" % (n, e))
    last = None
    pos, hn, fill = Counter(), Counter(), 0
    for p in posts:
        pid = p.get("id", "?")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in p:
                err("%s: missing %s" % (pid, k))
        if not re.fullmatch(r"B91-\d{4}", pid) or pid in ids:
            err("%s: bad or repeated id" % pid)
        ids.add(pid)
        a = p.get("author")
        if a not in handles or handles[a] not in councillors:
            err("%s: author %s is not a councillor handle" % (pid, a))
        if (p.get("account") == "personal") != (a in personal) or p.get("account") not in ("personal", "councillor"):
            err("%s: account does not fit author" % pid)
        if p.get("kind") != "post" or p.get("platform") not in ("x", "facebook", "bluesky"):
            err("%s: kind/platform" % pid)
        ts = p.get("created_at", "")
        try:
            t = dt.datetime.fromisoformat(ts)
            if not ts.endswith("+00:00") or t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t.date() <= hi):
                err("%s: timestamp %s out of window" % (pid, ts))
            if any(s <= t <= e for s, e in meetings):
                err("%s: inside a meeting" % pid)
            last = t if last is None or t > last else last
        except ValueError:
            err("%s: bad timestamp" % pid)
        ex = p.get("expect", {})
        exp, allow, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for r in exp + allow:
            if r not in rules:
                err("%s: unknown rule %s" % (pid, r))
        if len(set(exp + allow)) != len(exp + allow):
            err("%s: rule repeated or both expected and allowed" % pid)
        if verdict not in ORDER:
            err("%s: bad verdict" % pid)
        elif not exp:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (pid, verdict))
        else:
            floor = max(min(ORDER[s] for s in rules.get(r, {"block"})) for r in exp)
            top = max(max(ORDER[s] for s in rules.get(r, {"block"})) for r in exp)
            if not (floor <= ORDER[verdict] <= top) or verdict not in set().union(*(rules.get(r, set()) for r in exp)):
                err("%s: verdict %s does not fit %s" % (pid, verdict, exp))
        fam, kr, text = p.get("family"), p.get("kind_of_row"), p.get("text", "")
        low = text.lower()
        if kr == "positive":
            pos[fam] += 1
            if fam not in exp:
                err("%s: positive does not expect its family" % pid)
        elif kr == "hard_negative":
            hn[p.get("near_miss_of")] += 1
            if exp or verdict != "ok" or p.get("near_miss_of") not in TWELVE:
                err("%s: hard negative must expect nothing, be ok and name near_miss_of" % pid)
        elif kr == "filler":
            fill += 1
            if exp or allow or verdict != "ok" or fam != "filler":
                err("%s: filler must expect and allow nothing" % pid)
        else:
            err("%s: bad kind_of_row" % pid)
        if any(t in low for t in terms):
            if "confidentiality.disclosure" not in exp or verdict != "block":
                err("%s: names a confidential term without disclosure block" % pid)
        if kr == "positive" and fam == "predetermination.closed-mind":
            names_pending = any(k in low for k in keys)
            if names_pending != (verdict == "block"):
                err("%s: predetermination block must match naming a pending matter" % pid)
        if kr == "positive" and fam == "interests.declared-interest":
            i = p.get("interest")
            if i not in interests or holders.get(i) != handles.get(a):
                err("%s: declared-interest positive not by the holder of %s" % (pid, i))
        if (selfc["phone"] in text or selfc["email"].lower() in low) and handles.get(a) != selfc["name"]:
            err("%s: [self] contact details in a post by someone else" % pid)
        for num in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}", num):
                err("%s: phone number %s outside the drama ranges" % (pid, num))
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.lower().endswith("@example.com"):
                err("%s: email %s not on example.com" % (pid, em))
    for p in pending:
        if last and dt.date.fromisoformat(p["decision_date"]) <= last.date():
            err("pending %s decided before the last post" % p["reference"])
    for r in TWELVE:
        if pos[r] < MIN_POS or hn[r] < MIN_HN:
            err("%s: %d positives, %d hard negatives" % (r, pos[r], hn[r]))
    if fill < MIN_FILL:
        err("only %d fillers" % fill)
    for f in HERE.iterdir():
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            s = f.read_text(encoding="utf-8")
            if re.search(r"(?<![\w.])/(?:work|home|tmp|Users|mnt)/", s):
                err("%s: absolute path" % f.name)
    if errs:
        print("\n".join(errs[:60]))
        print("%d problems" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
