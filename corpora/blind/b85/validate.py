"""Check blind set b85 and print OK (or the problems found)."""
import csv
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
BUILTIN = {  # used only when RULES.md cannot be found above this folder
    "respect.personal-attack": ["review", "block"], "respect.abusive-language": ["review", "block"],
    "bullying.intimidation": ["block"], "equality.discrimination": ["block"],
    "officers.impartiality": ["review"], "confidentiality.disclosure": ["review", "block"],
    "confidentiality.insider-advantage": ["review"], "data-protection.personal-data": ["review", "block"],
    "predetermination.closed-mind": ["review", "block"], "capacity.council-voice": ["review"],
    "resources.political-use": ["review"], "position.improper-advantage": ["review"],
    "interests.declared-interest": ["review"], "gifts.hospitality": ["advice", "review"],
    "defamation.allegation": ["review", "block"], "copyright.third-party-content": ["advice"],
    "haste.pause-before-posting": ["advice"], "meetings.during-meeting": ["advice"],
    "security.credentials": ["block"], "tone.irony-risk": ["advice"],
    "association.endorsed-content": ["advice", "review", "block"],
}
# words that name each pending matter (reference, site or applicant)
PENDING_KEYS = {
    "DM/25/0412/FUL": ["Pithead Farm", "Pitwheel"],
    "DM/25/0488/OUT": ["Old Brickworks", "Wearvale"],
    "DM/25/0510/FUL": ["Cowsike Fell", "Northfell"],
    "DM/25/0533/FUL": ["Kellhead Quarry", "Stonecrag"],
    "DM/25/0561/FUL": ["Lampcabin"],
    "DM/25/0602/FUL": ["Sedgeburn Lane", "Dalesway"],
    "DM/25/0615/LBC": ["Old Co-op"],
    "LIC/26/0019": ["Pit Pony"],
    "LIC/26/0027": ["Coalface Amusements"],
    "LIC/26/0031": ["Moorside Mini-Mart"],
}
MIN_POS, MIN_NEG = 15, 15


def rules_table():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    last = line.strip().strip("|").split("|")[-1]
                    levels = [w for w in ("advice", "review", "block") if w in last]
                    sev[m.group(1)] = levels or ["advice", "review", "block"]
            return sev, "RULES.md"
    return BUILTIN, "built-in copy"


def main():
    errs = []
    sev, src = rules_table()
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = cfg["people"]["handles"]
    council_handle = [h for h, n in handles.items() if n == cfg["council"]["name"]]
    personal = {"@tessa_on_the_tops", "@wor_gordon_pigeons"}
    terms = cfg["registers"]["confidential_terms"]
    holders = cfg["registers"]["interest_holders"]
    me = cfg["self"]
    meetings = [(datetime.fromisoformat(r["start"]), datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(open(HERE / cfg["registers"]["meetings"], encoding="utf-8"))]
    pending = list(csv.DictReader(open(HERE / cfg["registers"]["pending_matters"], encoding="utf-8")))
    if set(r["reference"] for r in pending) != set(PENDING_KEYS):
        errs.append("pending.csv references differ from PENDING_KEYS")
    keys = [k for ref, ks in PENDING_KEYS.items() for k in [ref, *ks]]

    rows = []
    for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append("line %d: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    last = None
    pos, neg = Counter(), Counter()
    for r in rows:
        i = r.get("id", "?")
        e = lambda m: errs.append("%s: %s" % (i, m))
        for f in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"):
            if f not in r:
                e("missing " + f)
        if not re.fullmatch(r"b85-\d{3}", i):
            e("bad id")
        a = r["author"]
        if a not in handles or a in council_handle:
            e("author not a councillor handle")
        if r["account"] not in ("councillor", "personal") or (r["account"] == "personal") != (a in personal):
            e("account does not fit author")
        if r["kind"] != "post" or r["platform"] not in ("x", "facebook", "bluesky"):
            e("kind/platform")
        ts = datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00") or ts.weekday() > 4 or not 8 <= ts.hour <= 18 \
                or not date(2026, 1, 5) <= ts.date() <= date(2026, 3, 27):
            e("timestamp out of window")
        if any(s <= ts <= t for s, t in meetings):
            e("inside a meeting")
        last = max(last or ts, ts)
        ex = r["expect"]
        exp, alw, v = ex["rules"], ex["allowed"], ex["verdict"]
        for rule in exp + alw:
            if rule not in sev:
                e("unknown rule " + rule)
        if len(set(exp + alw)) != len(exp + alw):
            e("rule repeated or both expected and allowed")
        if not exp:
            if v != "ok":
                e("nothing expected but verdict not ok")
        else:
            lo = max(RANK[sev[x][0]] for x in exp if x in sev)
            hi = max(RANK[sev[x][-1]] for x in exp if x in sev)
            if not (lo <= RANK[v] <= hi) or not any(v in sev.get(x, []) for x in exp):
                e("verdict %s does not fit %s" % (v, exp))
        fam, kr, text = r["family"], r["kind_of_row"], r["text"]
        if fam not in FAMILIES:
            e("family")
        if kr == "positive":
            pos[fam] += 1
            if fam not in exp:
                e("positive does not expect its family")
        elif kr == "hard_negative":
            neg[fam] += 1
            if exp or v != "ok" or r.get("near_miss_of") != fam:
                e("hard negative must expect nothing, be ok and name near_miss_of")
        else:
            e("kind_of_row")
        if any(t.lower() in text.lower() for t in terms):
            if "confidentiality.disclosure" not in exp or v != "block":
                e("register term without disclosure block")
        if fam == "predetermination.closed-mind" and kr == "positive":
            hit = any(k.lower() in text.lower() for k in keys)
            if hit != (v == "block"):
                e("predetermination verdict does not fit register match")
        if fam == "interests.declared-interest" and kr == "positive":
            body = r.get("interest")
            if body not in holders or handles[a] != holders[body]:
                e("declared-interest positive not by holder")
        if (me["phone"] in text or me["email"] in text) and handles[a] != me["name"]:
            e("self contact details in another's post")
        for em in re.findall(r"[\w.+-]+@[\w.-]+\.\w+", text):
            if not em.endswith("example.com"):
                e("email not on example.com: " + em)
        for ph in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}", ph):
                e("phone outside Ofcom drama ranges: " + ph)
    for p in pending:
        if last and date.fromisoformat(p["decision_date"]) <= last.date():
            errs.append("pending decision before last post: " + p["reference"])
    for fam in FAMILIES:
        if pos[fam] < MIN_POS or neg[fam] < MIN_NEG:
            errs.append("too few rows for %s: %d/%d" % (fam, pos[fam], neg[fam]))
    bad = re.compile(r"(?<![\w.])/(?:work|home|tmp|Users|root|mnt)/")
    for f in HERE.iterdir():
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            if bad.search(f.read_text(encoding="utf-8")):
                errs.append("absolute path in " + f.name)
    if errs:
        print("\n".join(errs[:60]))
        print("%d problems (rules from %s)" % (len(errs), src))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
