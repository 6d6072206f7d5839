#!/usr/bin/env python3
"""Checks for blind set b136 (posts.jsonl and council.toml). Prints OK."""
import json, re, sys, tomllib
from collections import Counter
from datetime import datetime, date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B136"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
HA = "haste.pause-before-posting"
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
         "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# built-in copy of the rule ids and severities (used when RULES.md is not found)
BUILTIN = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"), "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"), "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"), "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"), "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"), "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"), "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"), "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
ERR = []


def err(msg):
    ERR.append(msg)


def load_rules():
    for d in [HERE] + list(HERE.parents):
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                last = line.strip().strip("|").split("|")[-1]
                sev = re.findall(r"advice|review|block", last)
                if "one level lower" in last or not sev:
                    sev = ["advice", "block"]
                rules[m.group(1)] = (sev[0], max(sev, key=ORDER.get))
            if rules:
                return rules, "RULES.md"
    return BUILTIN, "built-in copy"


def main():
    rules, src = load_rules()
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    people = cfg["people"]
    councillors = set(people["councillors"])
    handles = people["handles"]
    chandles = {h: n for h, n in handles.items() if n in councillors}
    assert cfg["council"]["code"] and cfg["council"]["timezone"] == "Europe/London"

    rows = []
    for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err("line %d does not parse: %s" % (i, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for n, i in enumerate(ids, 1):
        if not re.fullmatch(SET + r"-\d{4}", str(i)):
            err("bad id %s" % i)
    if sorted(ids) != ["%s-%04d" % (SET, n) for n in range(1, len(ids) + 1)]:
        err("ids are not %s-0001..%04d" % (SET, len(ids)))
    byid = {r["id"]: r for r in rows}

    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
           "family", "kind_of_row", "note"]
    for r in rows:
        rid = r.get("id")
        for k in req:
            if k not in r:
                err("%s lacks %s" % (rid, k))
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s empty text" % rid)
        if r.get("author") not in chandles:
            err("%s author %s is not a councillor handle" % (rid, r.get("author")))
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err("%s platform" % rid)
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err("%s account/kind" % rid)
        try:
            t = datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                err("%s timestamp not +00:00" % rid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                err("%s timestamp not a weekday 08:00-18:59" % rid)
            if not (date(2026, 1, 5) <= t.date() <= date(2026, 3, 27)):
                err("%s timestamp out of range" % rid)
        except Exception:
            err("%s bad timestamp" % rid)
        ex = r.get("expect", {})
        exp, alw, ver = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in exp + alw:
            if x not in rules:
                err("%s unknown rule %s" % (rid, x))
        if set(exp) & set(alw):
            err("%s rule both expected and allowed" % rid)
        if len(set(exp)) != len(exp) or len(set(alw)) != len(alw):
            err("%s duplicate rule" % rid)
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor == "hard_negative":
            if fam != "hard_negative" or exp or ver != "ok":
                err("%s hard negative must expect nothing, verdict ok" % rid)
            if not re.match(r"HN[1-6] ", note) or len(re.findall(r"\bHN\d", note)) != 1:
                err("%s hard negative needs exactly one HN tag at the start" % rid)
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in exp:
                err("%s family rule not expected" % rid)
            if exp and all(x in rules for x in exp):
                lo = max(ORDER[rules[x][0]] for x in exp)
                hi = max(ORDER[rules[x][1]] for x in exp)
                if not (lo <= ORDER.get(ver, -1) <= hi):
                    err("%s verdict %s does not fit %s" % (rid, ver, exp))
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                err("%s bullying note tag" % rid)
            if fam == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m or m.group(2) not in CHARS:
                    err("%s equality note tag" % rid)
            # no positive is written by the councillor it names
            name = chandles.get(r["author"], "")
            low = r["text"].lower()
            if name and (name.lower() in low or r["author"].lower() in low
                         or re.search(r"\b%s\b" % re.escape(name.split()[-1].lower()), low)):
                err("%s written by the councillor it names" % rid)
        else:
            err("%s kind_of_row %s" % (rid, kor))
        for cited in re.findall(SET + r"-\d{4}", note):
            if cited not in byid:
                err("%s cites missing %s" % (rid, cited))
        for ph in re.findall(r"\b0\d{2,4}[ \d]{6,10}\d\b", r["text"]):
            d = re.sub(r"\D", "", ph)
            ok = (re.fullmatch(r"07700900\d{3}", d) or re.fullmatch(r"01632960\d{3}", d)
                  or re.fullmatch(r"0(113|114|115|116|117|118|121|131|141|151|161|191)496\d{4}", d)
                  or re.fullmatch(r"0207946\d{4}", d) or re.fullmatch(r"02890180\d{3}", d)
                  or re.fullmatch(r"02920180\d{3}", d) or re.fullmatch(r"01914980\d{3}", d))
            if not ok:
                err("%s phone number %s outside the drama ranges" % (rid, ph))
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
            if em.lower() != "example.com":
                err("%s email domain %s" % (rid, em))

    # variants
    seen = Counter()
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid, o = r["id"], byid.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if not o or o["kind_of_row"] != "positive":
            err("%s variant_of is not a positive" % rid)
            continue
        seen[(r["family"], kind)] += 1
        for k in ("family", "author", "platform"):
            if r[k] != o[k]:
                err("%s variant %s differs" % (rid, k))
        e, oe = r["expect"], o["expect"]
        want = oe["allowed"] + ([HA] if kind == "caps" and HA not in oe["allowed"] else [])
        if e["rules"] != oe["rules"] or e["verdict"] != oe["verdict"] or e["allowed"] != want:
            err("%s variant labels differ from the original" % rid)
        t = r["text"]
        if t == o["text"]:
            err("%s variant text unchanged" % rid)
        shows = {
            "asterisk": "*" in t and "*" not in o["text"],
            "digit": re.search(r"[A-Za-z][0-9]|[0-9][A-Za-z]", t) is not None,
            "zero_width": "\u200b" in t,
            "spaced": re.search(r"\b(\w ){2,}\w\b", t) is not None,
            "homoglyph": re.search(r"[\u0400-\u04ff]", t) is not None,
            "caps": sum(c.isupper() for c in t) > 0.8 * sum(c.isalpha() for c in re.sub(r"@\w+", "", t)),
        }
        if not shows.get(kind):
            err("%s variant does not show its kind %s" % (rid, kind))
    for f in FAMILIES:
        for k in KINDS:
            if seen[(f, k)] != 1:
                err("family %s has %d %s variants" % (f, seen[(f, k)], k))

    # counts
    kor = Counter(r.get("kind_of_row") for r in rows)
    orig = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    for f in FAMILIES:
        if orig[f] < 27:
            err("family %s has %d originals (< 27)" % (f, orig[f]))
    if kor["variant"] != 30:
        err("variants %d != 30" % kor["variant"])
    if kor["hard_negative"] < kor["positive"] + kor["variant"]:
        err("fewer hard negatives than positive rows")
    groups = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if groups["HN%d" % g] < 25:
            err("HN%d has %d rows (< 25)" % (g, groups["HN%d" % g]))
    if not (320 <= len(rows) <= 340):
        err("total %d rows" % len(rows))
    tags = Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in rows
                   if r.get("kind_of_row") == "positive" and r["family"] == "bullying.intimidation")
    if min(tags[t] for t in ("explicit", "veiled", "pressure")) < 5:
        err("bullying tags unbalanced: %s" % dict(tags))
    chars = {m.group(1) for r in rows if r.get("kind_of_row") == "positive"
             for m in [re.match(r"\[\w+; ([a-z ]+)\]", r["note"])] if m}
    if set(CHARS) - chars:
        err("protected characteristics not covered: %s" % (set(CHARS) - chars))

    # no absolute or machine paths in this folder's files
    for p in HERE.iterdir():
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".jsonl", ".csv"):
            s = p.read_text(encoding="utf-8")
            if re.search(r"(?<![\w.])/(work|home|tmp|Users|mnt|root)/|[A-Z]:\\\\", s):
                err("%s contains an absolute path" % p.name)

    if ERR:
        for e in ERR[:60]:
            print("ERROR", e)
        print("%d errors (rules from %s)" % (len(ERR), src))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
