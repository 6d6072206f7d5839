#!/usr/bin/env python3
"""Check blind evaluation set b130 and print OK (or the problems found).

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md; if it is not
there, uses the built-in copy of the rule ids and severities below.
"""
import collections
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B130"
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
BUILTIN = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"), "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"), "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"), "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"), "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"), "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"), "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
TRAITS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
          "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
HAS = "haste.pause-before-posting"
MIN_ORIGINALS = 25          # per family
MIN_HN = 25                 # per HN group
MIN_ROWS = 320

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                sev = [s for s in ("advice", "review", "block") if s in cells[-1]]
                if not sev:
                    sev = ["advice", "block"]
                rules[cells[0]] = (min(sev, key=RANK.get), max(sev, key=RANK.get))
            if rules:
                return rules, "RULES.md"
    return BUILTIN, "built-in copy"


def names_person(text, name, handle):
    first, last = name.split()[0], name.split()[-1]
    if any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in (name, first, last)):
        return True
    return bool(handle) and handle.lower() in text.lower()


def main():
    rules, source = load_rules()
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    if cfg["council"].get("code") != "bexley":
        err("council code is not bexley")
    councillors = set(cfg["people"]["councillors"])
    h2n = {h: n for h, n in cfg["people"]["handles"].items() if n in councillors}
    if set(h2n.values()) != councillors:
        err("not every councillor has a handle")

    rows = []
    for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {i}: does not parse ({e})")
    ids = [r.get("id") for r in rows]
    by_id = {}
    texts = collections.Counter(r.get("text") for r in rows)
    for t, n in texts.items():
        if n > 1:
            err(f"text appears {n} times: {t[:60]}")
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r.get("id", "?")
        for f in REQUIRED:
            if f not in r:
                err(f"{rid}: missing {f}")
        if not re.fullmatch(PREFIX + r"-\d{4}", str(rid)):
            err(f"{rid}: bad id")
        if rid in by_id:
            err(f"{rid}: duplicate id")
        by_id[rid] = r
        if r.get("author") not in h2n:
            err(f"{rid}: author {r.get('author')} is not a councillor handle")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err(f"{rid}: account/kind")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r.get("created_at", ""))
        if not m:
            err(f"{rid}: timestamp format")
        else:
            d = dt.date.fromisoformat(m.group(1))
            if not (start <= d <= end) or d.weekday() > 4 or not (8 <= int(m.group(2)) <= 18):
                err(f"{rid}: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        exp = r.get("expect", {})
        er, al, v = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in er + al:
            if x not in rules:
                err(f"{rid}: unknown rule {x} (checked against {source})")
        if set(er) & set(al):
            err(f"{rid}: a rule is both expected and allowed")
        if len(set(er)) != len(er) or len(set(al)) != len(al):
            err(f"{rid}: a rule is listed twice")
        if v not in RANK:
            err(f"{rid}: verdict {v}")
            continue
        if er:
            known = [x for x in er if x in rules]
            if known:
                lo = max(RANK[rules[x][0]] for x in known)
                hi = max(RANK[rules[x][1]] for x in known)
                if not lo <= RANK[v] <= hi:
                    err(f"{rid}: verdict {v} does not fit the severities of {er}")
        elif v != "ok":
            err(f"{rid}: verdict {v} with no rule expected")
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor == "hard_negative":
            if fam != "hard_negative" or er or v != "ok":
                err(f"{rid}: hard negative must expect nothing, verdict ok")
            if not re.match(r"HN[1-6] ", note) or len(re.findall(r"\bHN\d\b", note)) != 1:
                err(f"{rid}: hard negative note needs exactly one HN tag at the start")
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in er:
                err(f"{rid}: family rule not expected")
            if kor == "variant" and ("variant_of" not in r or "variant_kind" not in r):
                err(f"{rid}: variant without variant_of/variant_kind")
            name = h2n.get(r.get("author"))
            if name and names_person(r["text"], name, r["author"]):
                err(f"{rid}: positive written by the councillor it names")
            if kor == "positive" and fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                err(f"{rid}: bullying note tag")
            if kor == "positive" and fam == "equality.discrimination":
                m2 = re.match(r"\[(explicit|coded); ([a-z ]+)\]", note)
                if not m2 or m2.group(2) not in TRAITS:
                    err(f"{rid}: equality note tag")
        else:
            err(f"{rid}: kind_of_row {kor}")
        for cited in re.findall(PREFIX + r"-\d{4}", note):
            if cited not in ids:
                err(f"{rid}: note cites unknown {cited}")
            if cited == rid:
                err(f"{rid}: note cites itself")
        if re.search(r"\{[a-z0-9_]+\}", note):
            err(f"{rid}: unresolved row key in note")
        text = r.get("text", "")
        for ph in re.findall(r"(?<!\d)0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}(?!\d)", text):
            digits = re.sub(r"\D", "", ph)
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                err(f"{rid}: phone number outside drama ranges: {ph}")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.lower().endswith("@example.com"):
                err(f"{rid}: email not on example.com: {em}")

    # variants
    seen = collections.defaultdict(set)
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid, o = r["id"], by_id.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if o is None or o.get("kind_of_row") != "positive":
            err(f"{rid}: variant_of does not name a positive")
            continue
        allowed = list(o["expect"]["allowed"]) + ([HAS] if kind == "caps" and HAS not in o["expect"]["allowed"] else [])
        if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
                or sorted(r["expect"]["allowed"]) != sorted(allowed)):
            err(f"{rid}: labels differ from its original")
        if r["family"] != o["family"] or r["author"] != o["author"] or r["platform"] != o["platform"]:
            err(f"{rid}: family/author/platform differ from its original")
        t = r["text"]
        shown = {
            "asterisk": "*" in t and "*" not in o["text"],
            "digit": bool(re.search(r"[A-Za-z]\d|\d[A-Za-z]", t)) and t != o["text"],
            "zero_width": "\u200b" in t and "\u200b" not in o["text"],
            "spaced": bool(re.search(r"\b(?:[A-Za-z] ){2,}[A-Za-z]\b", t)),
            "homoglyph": bool(re.search("[\u043e\u0435\u041e\u0415]", t)),
            "caps": t != o["text"] and re.sub(r"@\w+", "", t) == re.sub(r"@\w+", "", t).upper(),
        }.get(kind, False)
        if not shown:
            err(f"{rid}: does not show its kind {kind}")
        if kind in seen[r["family"]]:
            err(f"{rid}: second {kind} variant in {r['family']}")
        seen[r["family"]].add(kind)
    for fam in FAMILIES:
        if seen[fam] != set(KINDS):
            err(f"{fam}: variants {sorted(seen[fam])} are not one of each kind")

    # counts
    c = collections.Counter((r.get("family"), r.get("kind_of_row")) for r in rows)
    for fam in FAMILIES:
        if c[(fam, "positive")] < MIN_ORIGINALS:
            err(f"{fam}: only {c[(fam, 'positive')]} originals")
    hn = collections.Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in ("HN1", "HN2", "HN3", "HN4", "HN5", "HN6"):
        if hn[g] < MIN_HN:
            err(f"{g}: only {hn[g]} hard negatives")
    n_hn = sum(hn.values())
    n_pos = sum(1 for r in rows if r.get("kind_of_row") in ("positive", "variant"))
    if n_hn < n_pos:
        err(f"{n_hn} hard negatives but {n_pos} positive rows")
    if len(rows) < MIN_ROWS:
        err(f"only {len(rows)} rows")

    # no absolute paths in the folder's files
    bad = re.compile(r"(?<![\w.~])/(?:home|work|Users|tmp|root|mnt|opt|srv|var)/|\b[A-Za-z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".jsonl"):
            if bad.search(p.read_text(encoding="utf-8")):
                err(f"{p.name}: contains an absolute path")

    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
