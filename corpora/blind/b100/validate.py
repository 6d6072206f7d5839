#!/usr/bin/env python3
"""Check blind evaluation set b100 and print OK (or the problems found). -v also prints counts."""
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEV = ["ok", "advice", "review", "block"]
# Built-in copy of the severities in RULES.md, used only if RULES.md cannot be found.
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
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
            "predetermination.closed-mind", "interests.declared-interest",
            "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
            "tone.irony-risk"]
PLATFORM_MAX = {"x": 280, "bluesky": 300, "facebook": 63206}
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
MIN_POS, MIN_HN, MIN_FILL = 15, 15, 30


def rule_severities():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            out = {}
            for line in p.read_text().splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    out[cells[0]] = sev or {"advice", "review", "block"}
            if out:
                return out, "RULES.md"
    return BUILTIN, "built-in copy"


def main():
    verbose = "-v" in sys.argv
    errs = []
    sev, sev_src = rule_severities()
    cfg = tomllib.loads((HERE / "council.toml").read_text())
    handles = cfg["people"]["handles"]
    council_handles = {h for h, n in handles.items() if n == cfg["council"]["name"]}
    personal = {"@bainbridge_lofts", "@ellen_rockpools"}
    terms = cfg["registers"]["confidential_terms"]
    holders = cfg["registers"]["interest_holders"]
    me = cfg["self"]
    with open(HERE / cfg["registers"]["pending_matters"], newline="") as f:
        pending = list(csv.DictReader(f))
    keys = []
    for m in pending:
        k = [m["reference"], m["address"].split(",")[0].strip()]
        k += re.findall(r"applicant ([^;]+)", m["description"])
        k += re.findall(r"known as ([^;]+)", m["description"])
        k = [re.sub(r"\s+(Ltd|plc)$", "", x.strip()) for x in k]
        keys.append([x.lower() for x in k])
    with open(HERE / cfg["registers"]["meetings"], newline="") as f:
        meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                    for r in csv.DictReader(f)]

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: does not parse ({e})")
    ids = Counter(r.get("id") for r in rows)
    errs += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    last = None
    for r in rows:
        rid = r.get("id", "?")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"B100-\d{4}", str(rid)):
            errs.append(f"{rid}: bad id")
        text, author = r.get("text", ""), r.get("author")
        if author not in handles or author in council_handles:
            errs.append(f"{rid}: author {author} is not a councillor handle")
        if (r.get("account") == "personal") != (author in personal) or r.get("account") not in ("personal", "councillor"):
            errs.append(f"{rid}: account {r.get('account')} does not fit {author}")
        if r.get("kind") != "post":
            errs.append(f"{rid}: kind is not post")
        if r.get("platform") not in PLATFORM_MAX or len(text) > PLATFORM_MAX.get(r.get("platform"), 0):
            errs.append(f"{rid}: platform {r.get('platform')} or length {len(text)}")
        if author and author.lower() in text.lower():
            errs.append(f"{rid}: mentions its own author")
        ts = r.get("created_at", "")
        try:
            t = dt.datetime.fromisoformat(ts)
            if not ts.endswith("+00:00") or t.weekday() > 4 or not 8 <= t.hour <= 18 or not START <= t.date() <= END:
                errs.append(f"{rid}: timestamp {ts} out of window")
            if any(s <= t <= e for s, e in meetings):
                errs.append(f"{rid}: timestamp inside a meeting")
            last = t if last is None or t > last else last
        except ValueError:
            errs.append(f"{rid}: bad timestamp {ts}")
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                errs.append(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            errs.append(f"{rid}: rule repeated or both expected and allowed")
        if verdict not in SEV:
            errs.append(f"{rid}: bad verdict {verdict}")
        elif not rules:
            if verdict != "ok":
                errs.append(f"{rid}: nothing expected but verdict {verdict}")
        else:
            lo = max(min(SEV.index(s) for s in sev.get(x, {"block"})) for x in rules)
            hi = max(max(SEV.index(s) for s in sev.get(x, {"block"})) for x in rules)
            possible = {s for x in rules for s in sev.get(x, set())}
            if verdict == "ok" or not lo <= SEV.index(verdict) <= hi or verdict not in possible:
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        kor, fam = r.get("kind_of_row"), r.get("family")
        if kor == "positive":
            if fam not in rules:
                errs.append(f"{rid}: positive does not expect its family")
        elif kor == "hard_negative":
            if rules or verdict != "ok" or r.get("near_miss_of") != fam or fam not in FAMILIES:
                errs.append(f"{rid}: hard negative malformed")
        elif kor == "filler":
            if rules or allowed or verdict != "ok":
                errs.append(f"{rid}: filler expects or allows something")
        else:
            errs.append(f"{rid}: bad kind_of_row {kor}")
        low = text.lower()
        names_term = any(t.lower() in low for t in terms)
        if names_term and not ("confidentiality.disclosure" in rules and verdict == "block"):
            errs.append(f"{rid}: names a register term but does not expect disclosure/block")
        if kor == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != names_term:
                errs.append(f"{rid}: disclosure verdict does not fit the register match")
        if "predetermination.closed-mind" in rules:
            names_pending = any(k in low for ks in keys for k in ks)
            if names_pending and verdict != "block":
                errs.append(f"{rid}: predetermination naming a pending matter is not block")
            if kor == "positive" and fam == "predetermination.closed-mind" and not names_pending and verdict != "review":
                errs.append(f"{rid}: predetermination naming no pending matter is not review")
        if "security.credentials" in rules and verdict != "block":
            errs.append(f"{rid}: security is not block")
        if kor == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in holders or handles.get(author) != holders[it]:
                errs.append(f"{rid}: declared interest {it} not held by the author")
        if (me["phone"] in text or me["email"].lower() in low) and handles.get(author) != me["name"]:
            errs.append(f"{rid}: [self] contact details in a post by someone else")
        for ph in re.findall(r"\b0\d{2,4}[ \d]{6,9}\d\b", text):
            digits = ph.replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")) or len(digits) != 11:
                errs.append(f"{rid}: phone {ph} not in a drama range")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.lower().endswith("@example.com"):
                errs.append(f"{rid}: email {em} not on example.com")
        for dom in re.findall(r"(?:https?://)?((?:[\w-]+\.)+(?:com|net|org|uk|io|co))\b", text):
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom.lower()):
                errs.append(f"{rid}: link/domain {dom} not on example.com/.net/.org")
    if last:
        for m in pending:
            if dt.date.fromisoformat(m["decision_date"]) <= last.date():
                errs.append(f"pending {m['reference']} decided before the last post")
    for p in HERE.iterdir():
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            if re.search(r"(?<![\w.])/(work|home|tmp|Users|mnt|root)/", p.read_text(encoding="utf-8")):
                errs.append(f"{p.name}: contains an absolute path")
    pos = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    hn = Counter(r["family"] for r in rows if r.get("kind_of_row") == "hard_negative")
    exp_count = Counter(x for r in rows for x in r["expect"]["rules"])
    fill = sum(r.get("kind_of_row") == "filler" for r in rows)
    for f in FAMILIES:
        if pos[f] < MIN_POS or hn[f] < MIN_HN:
            errs.append(f"{f}: {pos[f]} positives, {hn[f]} hard negatives")
    if fill < MIN_FILL:
        errs.append(f"only {fill} fillers")
    if verbose:
        print(f"severities from {sev_src}")
        print(f"{'rule':38} pos  hn  expecting")
        for f in FAMILIES:
            print(f"{f:38} {pos[f]:3} {hn[f]:3} {exp_count[f]:4}")
        print(f"fillers {fill}, rows {len(rows)}")
        print("verdicts of positives:", dict(Counter(r['expect']['verdict'] for r in rows if r['kind_of_row'] == 'positive')))
        print("rows with allowed:", sum(bool(r['expect']['allowed']) for r in rows),
              "(hard negatives:", sum(bool(r['expect']['allowed']) for r in rows if r['kind_of_row'] == 'hard_negative'), ")")
        print("personal-account rows:", sum(r['account'] == 'personal' for r in rows))
        print("platforms:", dict(Counter(r['platform'] for r in rows)))
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
