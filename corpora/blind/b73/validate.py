"""Checks blind set b73 and prints OK. Run: python validate.py"""
import csv, json, re, sys, datetime as dt
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "b73"
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
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
            "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
            "security.credentials", "confidentiality.disclosure", "tone.irony-risk"]

def rules_table():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            table = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 2 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    table[cells[0]] = sev or {"advice", "review", "block"}
            if table:
                return table
    return BUILTIN

def fail(msg):
    print("FAIL:", msg); sys.exit(1)

def main():
    import tomllib
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = cfg["people"]["handles"]
    official = [h for h, n in handles.items() if n == cfg["council"]["name"]]
    personal = {"@bex_swims_kingsgap", "@alf_on_the_marsh"}
    terms = [t.lower() for t in cfg["registers"]["confidential_terms"]]
    holders = cfg["registers"]["interest_holders"]
    selfc = cfg["self"]
    table = rules_table()
    pending = list(csv.DictReader(open(HERE / "pending.csv", encoding="utf-8")))
    meetings = [(dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"]))
                for m in csv.DictReader(open(HERE / "meetings.csv", encoding="utf-8"))]
    pend_keys = []
    for p in pending:
        pend_keys.append(p["reference"].lower())
        pend_keys.append(p["address"].split(",")[0].lower())
    pend_keys += ["pennyacre", "kingsgap point", "dengate point", "harbour parade", "hobday holiday park",
                  "old lifeboat house", "northcliff hotel", "winkle shack", "sandfest", "sandpipers meadow",
                  "lucky gull", "tidewell", "seaspray", "brightshore", "seabreeze", "castellan", "breakers events"]
    ids = set(); pos = Counter(); neg = Counter(); exp = Counter(); fillers = 0; last = None
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            fail(f"line {n} does not parse: {e}")
        for k in required:
            if k not in r:
                fail(f"line {n} lacks {k}")
        rid = r["id"]
        if not re.fullmatch(rf"{PREFIX}-\d{{3}}", rid) or rid in ids:
            fail(f"bad or repeated id {rid}")
        ids.add(rid)
        a = r["author"]
        if a not in handles or a in official:
            fail(f"{rid}: author {a}")
        if (r["account"] == "personal") != (a in personal) or r["account"] not in ("personal", "councillor"):
            fail(f"{rid}: account")
        if r["kind"] != "post" or r["platform"] not in ("x", "facebook", "bluesky"):
            fail(f"{rid}: kind/platform")
        if not r["created_at"].endswith("+00:00"):
            fail(f"{rid}: offset")
        t = dt.datetime.fromisoformat(r["created_at"])
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            fail(f"{rid}: timestamp {t}")
        if any(s <= t <= e for s, e in meetings):
            fail(f"{rid}: inside a meeting")
        last = max(last, t) if last else t
        ex = r["expect"]; rules = ex["rules"]; allowed = ex["allowed"]; verdict = ex["verdict"]
        for x in rules + allowed:
            if x not in table:
                fail(f"{rid}: unknown rule {x}")
        if len(set(rules + allowed)) != len(rules) + len(allowed):
            fail(f"{rid}: repeated rule")
        if verdict not in RANK:
            fail(f"{rid}: verdict")
        if not rules:
            if verdict != "ok":
                fail(f"{rid}: verdict should be ok")
        else:
            lo = max(min(RANK[s] for s in table[x]) for x in rules)
            hi = max(max(RANK[s] for s in table[x]) for x in rules)
            possible = set().union(*[table[x] for x in rules])
            if verdict == "ok" or not (lo <= RANK[verdict] <= hi) or verdict not in possible:
                fail(f"{rid}: verdict {verdict} does not fit {rules}")
        low = r["text"].lower()
        kind = r["kind_of_row"]; fam = r["family"]
        if kind == "positive":
            if fam not in FAMILIES or fam not in rules:
                fail(f"{rid}: positive must expect its family")
            pos[fam] += 1
        elif kind == "hard_negative":
            if rules or verdict != "ok" or r.get("near_miss_of") != fam or fam not in FAMILIES:
                fail(f"{rid}: hard negative")
            neg[fam] += 1
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam != "filler":
                fail(f"{rid}: filler")
            fillers += 1
        else:
            fail(f"{rid}: kind_of_row")
        for x in rules:
            exp[x] += 1
        if any(term in low for term in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                fail(f"{rid}: names a register term without disclosure block")
        if kind == "positive" and fam == "predetermination.closed-mind":
            names_pending = any(k in low for k in pend_keys)
            if names_pending != (verdict == "block"):
                fail(f"{rid}: predetermination verdict vs pending match")
        if kind == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in holders:
                fail(f"{rid}: interest missing")
            if handles[a] != holders[it]:
                fail(f"{rid}: declared interest not by holder")
        if (selfc["phone"] in r["text"] or selfc["email"].lower() in low) and handles[a] != selfc["name"]:
            fail(f"{rid}: self contact details by another author")
    for p in pending:
        if dt.date.fromisoformat(p["decision_date"]) <= last.date():
            fail(f"pending {p['reference']} decided before the last post")
    for f in FAMILIES:
        if pos[f] < 20 or neg[f] < 20:
            fail(f"{f}: {pos[f]} positives, {neg[f]} hard negatives")
    if fillers < 40:
        fail("fewer than 40 fillers")
    print("OK")

if __name__ == "__main__":
    main()
