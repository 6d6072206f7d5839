"""Validate blind set b185: prints OK or the problems found.

    python validate.py           check posts.jsonl, council.toml and the folder
    python validate.py --stats   also print the counts used in README.md
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tomllib  # noqa: E402

import build  # noqa: E402

SET_ID = "B185"
FAMILIES = ["respect.personal-attack", "respect.abusive-language",
            "bullying.intimidation", "equality.discrimination",
            "defamation.allegation"]
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
MIN_POSITIVES, MIN_HN_GROUP, MIN_TOTAL = 34, 22, 300
PLATFORMS = {"x", "facebook", "bluesky"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind",
            "expect", "family", "kind_of_row", "note"]
CHARACTERISTICS = {"age", "disability", "gender reassignment",
                   "marriage and civil partnership", "pregnancy and maternity",
                   "race", "religion or belief", "sex", "sexual orientation"}
HASTE = "haste.pause-before-posting"
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# Built-in copy of RULES.md's severities (used when RULES.md is not found).
BUILTIN = {
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"),
    "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"),
    "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        up = os.path.dirname(d)
        if up == d:
            return None
        d = up


def rule_severities():
    path = find_rules_md()
    if not path:
        return BUILTIN, "built-in copy"
    sev = {}
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            words = re.findall(r"\b(advice|review|block)\b", cells[-1])
            if words:
                sev[cells[0]] = (min(words, key=LEVEL.get), max(words, key=LEVEL.get))
            else:  # association: "same as the amplified rule, one level lower"
                sev[cells[0]] = ("advice", "block")
    return sev, "RULES.md"


def letters_only(s):
    return re.sub(r"[^A-Za-z]", "", s)


def check_variant(p, orig):
    kind, v, o = p["variant_kind"], p["text"], orig["text"]
    if v == o:
        return bad("%s: variant text equals its original" % p["id"])
    if kind == "caps":
        if v != build.caps(o):
            bad("%s: caps variant is not its original upper-cased (handles kept)" % p["id"])
        if HASTE not in p["expect"]["allowed"]:
            bad("%s: caps variant lacks %s in allowed" % (p["id"], HASTE))
        return
    if kind == "zero_width":
        if "\u200b" not in v or v.replace("\u200b", "") != o:
            bad("%s: zero-width variant does not reduce to its original" % p["id"])
        word = next(t for t in re.findall(r"[\w\u200b]+", v) if "\u200b" in t).replace("\u200b", "")
    elif kind == "homoglyph":
        back = {c: b for b, c in build.CYR.items()}
        if not any(c in back for c in v) or "".join(back.get(c, c) for c in v) != o:
            bad("%s: homoglyph variant does not reduce to its original" % p["id"])
        word = "".join(back.get(c, c) for c in next(
            t for t in re.findall(r"\w+", v) if any(c in back for c in t)))
    elif kind in ("asterisk", "digit"):
        if len(v) != len(o):
            return bad("%s: %s variant changes the length" % (p["id"], kind))
        diffs = [i for i in range(len(v)) if v[i] != o[i]]
        for i in diffs:
            if kind == "asterisk" and not (v[i] == "*" and o[i] in build.VOWELS):
                bad("%s: asterisk variant changes more than a vowel" % p["id"])
            if kind == "digit" and build.DIGITS.get(o[i].lower()) != v[i]:
                bad("%s: digit variant changes more than a letter to its digit" % p["id"])
        if not diffs:
            return bad("%s: %s variant shows no change" % (p["id"], kind))
        i = diffs[0]
        s, e = i, i
        while s > 0 and o[s - 1].isalpha():
            s -= 1
        while e < len(o) and o[e].isalpha():
            e += 1
        word = o[s:e]
    elif kind == "spaced":
        runs = re.findall(r"(?<![A-Za-z])[A-Za-z](?: [A-Za-z]){2,}(?![A-Za-z])", v)
        if not runs or v.replace(" ", "") != o.replace(" ", ""):
            return bad("%s: spaced variant does not reduce to its original" % p["id"])
        i = next(k for k in range(min(len(v), len(o))) if v[k] != o[k])
        s, e = i, i
        while s > 0 and o[s - 1].isalpha():
            s -= 1
        while e < len(o) and o[e].isalpha():
            e += 1
        word = o[s:e]
    else:
        return bad("%s: unknown variant_kind %r" % (p["id"], kind))
    # every occurrence of the chosen word must be changed
    if re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", v, re.I):
        bad("%s: '%s' still appears unobfuscated" % (p["id"], word))


def main():
    sev, sev_src = rule_severities()
    cfg = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    if cfg.get("council", {}).get("code") != "bexley":
        bad("council.toml: code must be bexley")
    if cfg.get("council", {}).get("timezone") != "Europe/London":
        bad("council.toml: timezone must be Europe/London")
    allowed_top = {"council", "people", "self", "registers"}
    for k in cfg:
        if k not in allowed_top:
            bad("council.toml: unknown table %s" % k)
    handles = cfg["people"]["handles"]
    councillors = set(cfg["people"]["councillors"])
    roster = build.load_roster()
    handle_of = {h: n for h, n in handles.items() if n in councillors}

    posts, ids = [], set()
    path = os.path.join(HERE, "posts.jsonl")
    raw = open(path, encoding="utf-8").read()
    for n, line in enumerate(raw.splitlines(), 1):
        try:
            posts.append(json.loads(line))
        except ValueError as exc:
            bad("line %d does not parse: %s" % (n, exc))
    by_id = {}
    for i, p in enumerate(posts, 1):
        pid = p.get("id")
        for f in REQUIRED:
            if f not in p:
                bad("%s: missing field %s" % (pid, f))
        if pid != "%s-%04d" % (SET_ID, i):
            bad("%s: id out of sequence (expected %s-%04d)" % (pid, SET_ID, i))
        if pid in ids:
            bad("%s: duplicate id" % pid)
        ids.add(pid)
        by_id[pid] = p
    # determinism: a fresh build gives the same file
    lines, _ = build.build()
    if "\n".join(lines) + "\n" != raw:
        bad("posts.jsonl differs from a fresh run of build.py")

    days_ok = (dt.date(2026, 1, 5), dt.date(2026, 3, 27))
    for p in posts:
        pid, text, ex = p["id"], p["text"], p["expect"]
        if p["author"] not in handle_of:
            bad("%s: author %s is not a councillor handle" % (pid, p["author"]))
        if p["platform"] not in PLATFORMS:
            bad("%s: platform %s" % (pid, p["platform"]))
        if p["account"] != "councillor" or p["kind"] != "post":
            bad("%s: account/kind" % pid)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", p["created_at"])
        if not m:
            bad("%s: created_at format %s" % (pid, p["created_at"]))
        else:
            d = dt.date.fromisoformat(m.group(1))
            if d.weekday() > 4 or not days_ok[0] <= d <= days_ok[1] or not 8 <= int(m.group(2)) <= 18:
                bad("%s: created_at outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % pid)
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        for r in rules + allowed:
            if r not in sev:
                bad("%s: unknown rule %s" % (pid, r))
        if set(rules) & set(allowed):
            bad("%s: rule both expected and allowed" % pid)
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad("%s: duplicate rule in a list" % pid)
        if verdict not in LEVEL:
            bad("%s: verdict %s" % (pid, verdict))
        elif rules:
            lo = max(LEVEL[sev[r][0]] for r in rules if r in sev)
            hi = max(LEVEL[sev[r][1]] for r in rules if r in sev)
            if not lo <= LEVEL[verdict] <= hi:
                bad("%s: verdict %s does not fit the severities of %s" % (pid, verdict, rules))
        elif verdict != "ok":
            bad("%s: no rules but verdict %s" % (pid, verdict))
        kor, fam, note = p["kind_of_row"], p["family"], p["note"]
        hn_tags = re.findall(r"\[HN\d\]", note)
        if kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                bad("%s: hard negative must expect nothing, verdict ok" % pid)
            if len(hn_tags) != 1 or not re.match(r"\[HN[1-6]\] ", note):
                bad("%s: hard negative needs exactly one [HNn] tag at the start" % pid)
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in rules:
                bad("%s: family rule %s not expected" % (pid, fam))
            if hn_tags:
                bad("%s: HN tag on a positive" % pid)
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                bad("%s: bullying note needs [explicit]/[veiled]/[pressure]" % pid)
            if fam == "equality.discrimination":
                mt = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not mt or mt.group(2) not in CHARACTERISTICS:
                    bad("%s: equality note needs [explicit|coded; characteristic]" % pid)
            named = build.names_in(text, roster)
            if handle_of.get(p["author"]) in named:
                bad("%s: positive written by a councillor it names" % pid)
        else:
            bad("%s: kind_of_row %s" % (pid, kor))
        if kor == "variant":
            o = by_id.get(p.get("variant_of"))
            if not o or o["kind_of_row"] != "positive":
                bad("%s: variant_of does not point at a positive" % pid)
                continue
            want_allowed = list(o["expect"]["allowed"])
            if p.get("variant_kind") == "caps" and HASTE not in want_allowed:
                want_allowed.append(HASTE)
            if (p["expect"]["rules"] != o["expect"]["rules"] or p["expect"]["verdict"] != o["expect"]["verdict"]
                    or sorted(p["expect"]["allowed"]) != sorted(want_allowed) or p["family"] != o["family"]
                    or p["author"] != o["author"] or p["platform"] != o["platform"]):
                bad("%s: variant labels/author/platform differ from %s" % (pid, o["id"]))
            check_variant(p, o)
        elif "variant_of" in p or "variant_kind" in p:
            bad("%s: variant fields on a non-variant" % pid)
        for cited in re.findall(r"%s-\d{4}" % SET_ID, note):
            if cited not in by_id:
                bad("%s: note cites missing %s" % (pid, cited))
        if re.search(r"\{[a-z0-9_]+\}", note):
            bad("%s: unresolved key in note" % pid)
        for ph in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            digits = ph.replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                bad("%s: phone number %s outside the drama ranges" % (pid, ph))
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not re.search(r"@example\.(com|net|org)$", em):
                bad("%s: email %s not on example.com/.net/.org" % (pid, em))
        for url in re.findall(r"https?://\S+|www\.\S+", text):
            if not re.search(r"example\.(com|net|org)", url):
                bad("%s: link %s not on an example domain" % (pid, url))

    # counts
    c = collections.Counter((p["family"], p["kind_of_row"]) for p in posts)
    for fam in FAMILIES:
        if c[(fam, "positive")] < MIN_POSITIVES:
            bad("%s: only %d positives" % (fam, c[(fam, "positive")]))
        kinds = collections.Counter(p["variant_kind"] for p in posts
                                    if p["family"] == fam and p["kind_of_row"] == "variant")
        if sorted(kinds) != sorted(VARIANT_KINDS) or any(v != 1 for v in kinds.values()):
            bad("%s: variants must be one of each kind, got %s" % (fam, dict(kinds)))
    groups = collections.Counter(re.match(r"\[(HN\d)\]", p["note"]).group(1)
                                 for p in posts if p["kind_of_row"] == "hard_negative")
    for g in ["HN%d" % i for i in range(1, 7)]:
        if groups[g] < MIN_HN_GROUP:
            bad("%s: only %d hard negatives" % (g, groups[g]))
    if len(posts) < MIN_TOTAL:
        bad("only %d posts" % len(posts))

    # the folder: no absolute paths, no caches, no stray files
    for name in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, name)
        if name == "__pycache__":
            bad("folder holds __pycache__")
            continue
        if os.path.isfile(full):
            body = open(full, encoding="utf-8", errors="replace").read()
            if re.search(r"(?<![\w.])/(?:work|home|Users|tmp)/|[A-Z]:\\\\", body):
                bad("%s contains an absolute path" % name)
    for p in posts:
        for ch in p["text"]:
            if unicodedata.category(ch) == "Cc":
                bad("%s: control character in text" % p["id"])

    if "--stats" in sys.argv:
        stats(posts, sev_src)
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("OK")


def stats(posts, sev_src):
    print("severities from", sev_src)
    print("total", len(posts))
    c = collections.Counter((p["family"], p["kind_of_row"], p["expect"]["verdict"]) for p in posts)
    for k in sorted(c):
        print(" ", k, c[k])
    print("platforms", collections.Counter(p["platform"] for p in posts))
    print("bullying tags", collections.Counter(re.match(r"\[(\w+)\]", p["note"]).group(1) for p in posts
                                               if p["family"] == "bullying.intimidation" and p["kind_of_row"] == "positive"))
    print("equality tags", collections.Counter(re.match(r"\[([^\]]+)\]", p["note"]).group(1) for p in posts
                                               if p["family"] == "equality.discrimination" and p["kind_of_row"] == "positive"))
    pv = [p for p in posts if p["kind_of_row"] != "hard_negative"]
    print("positive+variant verdicts", collections.Counter(p["expect"]["verdict"] for p in pv))
    print("authors", collections.Counter(p["author"] for p in posts).most_common())


if __name__ == "__main__":
    main()
