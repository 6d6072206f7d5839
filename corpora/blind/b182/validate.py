#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate blind set b182 (posts.jsonl + council.toml). Prints OK or the problems."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
SET = "B182"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
MIN_ORIGINALS = 34
MIN_HN_PER_GROUP = 22
MIN_TOTAL = 300

# Built-in copy of RULES.md's severities, used for the verdict check and as the
# rule list when RULES.md cannot be found by walking up from this folder.
SEV = {
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

problems = []


def bad(msg):
    problems.append(msg)


def rule_ids():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            ids = set()
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    ids.add(m.group(1))
            if ids:
                missing = set(SEV) - ids
                if missing:
                    bad("built-in severity table has rules not in RULES.md: %s" % sorted(missing))
                return ids
    return set(SEV)


def mentions(text, words):
    low = text.lower()
    return any(re.search(r"(?<![a-z0-9_])" + re.escape(w.lower()) + r"(?![a-z0-9_])", low) for w in words)


def letters_upper_ratio(text):
    body = re.sub(r"@\w+", "", text)
    letters = [c for c in body if c.isalpha() and c.isascii()]
    return sum(c.isupper() for c in letters) / max(1, len(letters))


def shows_kind(kind, text, orig):
    if text == orig:
        return False
    if kind == "asterisk":
        return "*" not in orig and re.search(r"[A-Za-z]\*|\*[A-Za-z]", text) is not None
    if kind == "digit":
        rx = r"[A-Za-z][0-9]|[0-9][A-Za-z]"
        return len(re.findall(rx, text)) > len(re.findall(rx, orig))
    if kind == "zero_width":
        return "\u200b" in text and "\u200b" not in orig
    if kind == "spaced":
        rx = r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
        return len(re.findall(rx, text)) > len(re.findall(rx, orig))
    if kind == "homoglyph":
        return re.search("[\u043e\u0435]", text) is not None and re.search("[\u043e\u0435]", orig) is None
    if kind == "caps":
        return letters_upper_ratio(text) >= 0.95 and letters_upper_ratio(orig) < 0.5
    return False


def deobfuscate(kind, text):
    if kind == "zero_width":
        return text.replace("\u200b", "")
    if kind == "homoglyph":
        return text.replace("\u043e", "o").replace("\u0435", "e")
    return None


def main():
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    if conf.get("council", {}).get("code") != "bexley":
        bad("council.code must be bexley")
    if conf.get("council", {}).get("timezone") != "Europe/London":
        bad("council.timezone must be Europe/London")
    allowed_top = {"council", "people", "self", "registers"}
    for k in conf:
        if k not in allowed_top:
            bad("council.toml: unknown table %s" % k)
    councillors = conf["people"]["councillors"]
    handles = conf["people"]["handles"]
    handle_of = {n: h for h, n in handles.items() if n in councillors}
    if set(handle_of) != set(councillors):
        bad("every councillor needs a handle")
    known_rules = rule_ids()

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad("line %d does not parse: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        bad("duplicate ids")
    for i, r in enumerate(rows, 1):
        if r.get("id") != "%s-%04d" % (SET, i):
            bad("id %r out of sequence at line %d" % (r.get("id"), i))
    byid = {r["id"]: r for r in rows if "id" in r}

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r.get("id", "?")
        for f in required:
            if f not in r:
                bad("%s: missing %s" % (rid, f))
        if any(f not in r for f in required):
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad("%s: empty text" % rid)
        if r["author"] not in handles or handles[r["author"]] not in councillors:
            bad("%s: author %s is not a councillor handle" % (rid, r["author"]))
        if r["platform"] not in ("x", "facebook", "bluesky"):
            bad("%s: platform" % rid)
        if r["account"] != "councillor" or r["kind"] != "post":
            bad("%s: account/kind" % rid)
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                bad("%s: offset must be +00:00" % rid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
                bad("%s: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % rid)
        except ValueError:
            bad("%s: bad created_at" % rid)
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            bad("%s: expect keys" % rid)
            continue
        for rule in ex["rules"] + ex["allowed"]:
            if rule not in known_rules:
                bad("%s: unknown rule %s" % (rid, rule))
        if set(ex["rules"]) & set(ex["allowed"]):
            bad("%s: rule both expected and allowed" % rid)
        if len(set(ex["rules"])) != len(ex["rules"]) or len(set(ex["allowed"])) != len(ex["allowed"]):
            bad("%s: repeated rule" % rid)
        v = ex["verdict"]
        if v not in ORDER:
            bad("%s: verdict %s" % (rid, v))
            continue
        kor, fam = r["kind_of_row"], r["family"]
        note = r["note"]
        if kor == "hard_negative":
            if fam != "hard_negative" or ex["rules"] or v != "ok":
                bad("%s: hard negative must expect nothing, verdict ok" % rid)
            if not re.match(r"HN[1-6]: ", note) or len(re.findall(r"\bHN\d\b", note)) != 1:
                bad("%s: hard negative note needs exactly one HN tag at the start" % rid)
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES:
                bad("%s: family %s" % (rid, fam))
                continue
            if fam not in ex["rules"]:
                bad("%s: family rule not expected" % rid)
            if re.search(r"\bHN\d\b", note[:4]):
                bad("%s: positive with HN tag" % rid)
            known = [x for x in ex["rules"] if x in SEV]
            lo = max(min(ORDER[s] for s in SEV[x]) for x in known)
            hi = max(max(ORDER[s] for s in SEV[x]) for x in known)
            union = {ORDER[s] for x in known for s in SEV[x]}
            if not (lo <= ORDER[v] <= hi) or ORDER[v] not in union:
                bad("%s: verdict %s does not fit %s" % (rid, v, ex["rules"]))
            if fam in ("bullying.intimidation", "equality.discrimination") and v != "block":
                bad("%s: %s must be block" % (rid, fam))
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                bad("%s: bullying note tag" % rid)
            if fam == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m or m.group(2) not in CHARACTERISTICS:
                    bad("%s: equality note tag" % rid)
            # the author is never the councillor the post names
            name = handles[r["author"]]
            first, last = name.split(" ", 1)
            if mentions(r["text"], [name, first, last, r["author"]]):
                bad("%s: written by the councillor it names" % rid)
        else:
            bad("%s: kind_of_row %s" % (rid, kor))
        if kor == "variant":
            o = byid.get(r.get("variant_of"))
            k = r.get("variant_kind")
            if o is None or o["kind_of_row"] != "positive":
                bad("%s: variant_of must be a positive" % rid)
                continue
            if k not in KINDS:
                bad("%s: variant_kind" % rid)
                continue
            want_allowed = list(o["expect"]["allowed"]) + ([HASTE] if k == "caps" and HASTE not in o["expect"]["allowed"] else [])
            if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
                    or sorted(r["expect"]["allowed"]) != sorted(want_allowed) or r["family"] != o["family"]
                    or r["author"] != o["author"] or r["platform"] != o["platform"]):
                bad("%s: variant labels/author/platform differ from %s" % (rid, o["id"]))
            if not shows_kind(k, r["text"], o["text"]):
                bad("%s: does not show %s obfuscation" % (rid, k))
            d = deobfuscate(k, r["text"])
            if d is not None and d != o["text"]:
                bad("%s: undoing %s does not give the original" % (rid, k))
            if k == "caps" and re.sub(r"@\w+", "", r["text"]) != re.sub(r"@\w+", "", o["text"]).upper():
                bad("%s: caps variant is not the original in capitals" % rid)
            if re.findall(r"@\w+", r["text"]) != re.findall(r"@\w+", o["text"]):
                bad("%s: handles changed" % rid)
        elif "variant_of" in r or "variant_kind" in r:
            bad("%s: variant fields on a non-variant" % rid)

        for m in re.findall(r"\b%s-\d{4}\b" % SET, note):
            if m not in byid:
                bad("%s: note cites missing id %s" % (rid, m))
            if m == rid:
                bad("%s: note cites itself" % rid)
        for m in re.finditer(r"(?<![\d])(0\d{3,4}) ?(\d{3}) ?(\d{3,4})(?!\d)", r["text"]):
            num = "".join(m.groups())
            if not (num.startswith("07700900") or num.startswith("01632960")):
                bad("%s: phone number outside the drama ranges: %s" % (rid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
            if m.group(1).lower() not in ("example.com", "example.net", "example.org"):
                bad("%s: email not on example domains: %s" % (rid, m.group(0)))

    # counts
    orig = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    var = defaultdict(Counter)
    for r in rows:
        if r.get("kind_of_row") == "variant":
            var[r["family"]][r.get("variant_kind")] += 1
    for f in FAMILIES:
        if orig[f] < MIN_ORIGINALS:
            bad("%s: %d originals, need %d" % (f, orig[f], MIN_ORIGINALS))
        for k in KINDS:
            if var[f][k] != 1:
                bad("%s: %d %s variants, need exactly 1" % (f, var[f][k], k))
    hn = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if hn["HN%d" % g] < MIN_HN_PER_GROUP:
            bad("HN%d: %d rows, need %d" % (g, hn["HN%d" % g], MIN_HN_PER_GROUP))
    if len(rows) < MIN_TOTAL:
        bad("only %d rows" % len(rows))
    bt = Counter(re.match(r"\[(\w+)\]", r["note"]).group(1) for r in rows
                 if r.get("kind_of_row") == "positive" and r.get("family") == "bullying.intimidation"
                 and re.match(r"\[(\w+)\]", r["note"]))
    for t in ("explicit", "veiled", "pressure"):
        if bt[t] < 10:
            bad("bullying: only %d [%s] rows" % (bt[t], t))
    et = Counter()
    chars = set()
    for r in rows:
        if r.get("kind_of_row") == "positive" and r.get("family") == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); ([a-z ]+)\]", r["note"])
            if m:
                et[m.group(1)] += 1
                chars.add(m.group(2))
    if et["coded"] < 10 or et["explicit"] < 10:
        bad("equality: need at least 10 explicit and 10 coded rows (%s)" % dict(et))
    if chars != set(CHARACTERISTICS):
        bad("equality: characteristics missing: %s" % sorted(set(CHARACTERISTICS) - chars))

    # folder hygiene
    roots = ["/" + "work/", "/" + "home/", "/" + "Users/", "/" + "tmp/", "C:" + "\\"]
    for p in HERE.rglob("*"):
        if p.is_dir() and p.name == "__pycache__":
            bad("__pycache__ in the folder")
        if p.is_file() and "__pycache__" not in p.parts:
            try:
                s = p.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            for root in roots:
                if root in s:
                    bad("%s: absolute path %r" % (p.name, root))

    if problems:
        for p in problems[:200]:
            print(p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
