#!/usr/bin/env python3
"""Check the b140 blind set (posts.jsonl, council.toml, files of this folder). Prints OK.

Standard library only. Rule ids and severities come from shared/design/RULES.md,
found by walking up from this folder; if it is not found, a built-in copy is used.
`-v` also prints the counts.
"""
import collections
import datetime
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B140"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
ORIGINALS_PER_FAMILY = 27
VARIANTS_PER_FAMILY = 6
HN_COUNTS = {"HN1": 28, "HN2": 28, "HN3": 28, "HN4": 27, "HN5": 27, "HN6": 27}
TOTAL = 330
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
PLATFORMS = {"x", "facebook", "bluesky"}
FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
          "kind_of_row", "note"}
WINDOW = (datetime.date(2026, 1, 12), datetime.date(2026, 3, 27))
HASTE = "haste.pause-before-posting"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BUILTIN_SEVERITIES = {
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

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def find_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_severities():
    p = find_rules()
    if not p:
        return BUILTIN_SEVERITIES, "built-in copy"
    sev = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                sev[cells[0]] = words or {"advice", "review", "block"}
    if len(sev) < 20:
        return BUILTIN_SEVERITIES, "built-in copy (RULES.md table not parsed)"
    return sev, "shared/design/RULES.md"


# ------------------------------------------------------------ who a post names (same logic as build.py)
ALIASES = {"Joanne Sharpe": ["Jo Sharpe"], "Daniel Osei": ["Dan Osei"]}
ROLES = [
    (r"\bLeader\b(?! of the Coast)", "Moira Tyson"),
    (r"Deputy Leader|Cabinet Member for Finance", "Graham Pattinson"),
    (r"\bMayor\b", "Stan Hodgson"),
    (r"chair(?:ing|s)? (?:of )?planning|planning chair", "Lorraine Dixon"),
    (r"Cabinet Member for Housing", "Karen Bewley"),
    (r"Cabinet Member for Environment", "Derek Fearon"),
    (r"opposition leader|Leader of the Coast Alliance", "Colin Armstrong"),
]
PARTY_WORDS = {
    "Harbour Party": [r"Harbour Party", r"\bcabinet\b", r"\bCabinet\b", r"the administration"],
    "Coast Alliance": [r"Coast Alliance"],
    "Green Shore": [r"Green Shore"],
    "Fellside Independents": [r"Fellside Independents"],
    "Marras' Union": [r"Marras' Union"],
}


def named(text, persons, handles):
    out = set()
    by_person = collections.defaultdict(list)
    for h, p in handles.items():
        by_person[p].append(h)
    for p in persons:
        first, last = p.split(" ", 1)
        pats = [re.escape(p), r"\b%s\b" % re.escape(first), r"\b%s\b" % re.escape(last)]
        pats += [re.escape(a) for a in ALIASES.get(p, [])]
        pats += [re.escape(h) + r"\b" for h in by_person[p]]
        if any(re.search(x, text) for x in pats):
            out.add(p)
    for rx, p in ROLES:
        if re.search(rx, text, re.IGNORECASE if rx.islower() else 0):
            out.add(p)
    return out


def parties_named(text):
    return {party for party, pats in PARTY_WORDS.items() if any(re.search(x, text) for x in pats)}


# ------------------------------------------------------------ variant checks
CYR = {"\u043e": "o", "\u0435": "e", "\u0430": "a", "\u0441": "c", "\u0440": "p",
       "\u041e": "O", "\u0415": "E", "\u0410": "A", "\u0421": "C", "\u0420": "P"}
DIG = {"0": "oO", "1": "iIlL", "3": "eE", "4": "aA", "5": "sS"}
WORD = re.compile(r"[A-Za-z]+")
KEEP = re.compile(r"(@\w+|\S+@\S+\.\w+|\w+\.(?:org|com|net)/\S*)")


def changed_positions(orig, var, kind):
    """Return (ok, set of original indices that the obfuscation touched)."""
    touched = set()
    if kind in ("asterisk", "digit", "homoglyph"):
        if len(orig) != len(var):
            return False, touched
        for i, (a, b) in enumerate(zip(orig, var)):
            if a == b:
                continue
            if kind == "asterisk" and not (b == "*" and a in "aeiouAEIOU"):
                return False, touched
            if kind == "digit" and not (b in DIG and a in DIG[b]):
                return False, touched
            if kind == "homoglyph" and not (CYR.get(b) == a):
                return False, touched
            touched.add(i)
        return bool(touched), touched
    if kind == "zero_width":
        rebuilt, j = [], 0
        for ch in var:
            if ch == "\u200b":
                touched.add(j)
                continue
            rebuilt.append(ch)
            j += 1
        return "".join(rebuilt) == orig and bool(touched), touched
    if kind == "spaced":
        rebuilt, pos, last = [], 0, 0
        for m in re.finditer(r"(?<![A-Za-z])([A-Za-z](?: [A-Za-z]){2,})(?![A-Za-z])", var):
            start, group = m.start(), m.group(1)
            # a one-letter word just before the spaced word ("a f o o") stays a word of its own
            while len(group) >= 7 and orig[pos + start - last: pos + start - last + 2] == group[:2]:
                start, group = start + 2, group[2:]
            rebuilt.append(var[last:start])
            pos += start - last
            joined = group.replace(" ", "")
            touched.update(range(pos, pos + len(joined)))
            rebuilt.append(joined)
            pos += len(joined)
            last = m.end()
        rebuilt.append(var[last:])
        return "".join(rebuilt) == orig and bool(touched), touched
    if kind == "caps":
        parts = KEEP.split(orig)
        expect = "".join(p if KEEP.fullmatch(p) else p.upper() for p in parts)
        return var == expect and var != orig, set(range(len(orig)))
    return False, touched


def every_occurrence(orig, touched, kind):
    if kind == "caps":
        return True
    spans = [(m.start(), m.end(), m.group(0).lower()) for m in WORD.finditer(orig)]
    hit = {w for s, e, w in spans if any(i in touched for i in range(s, e + 1))}
    if kind == "zero_width":
        hit = {w for s, e, w in spans if any(s < i < e for i in touched)}
    for s, e, w in spans:
        if w in hit:
            inside = any(s < i < e for i in touched) if kind == "zero_width" else any(i in touched for i in range(s, e))
            if not inside:
                return False
    return bool(hit)


def main():
    verbose = "-v" in sys.argv
    sev, sev_src = load_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    people = council["people"]
    councillors, officers, handles = people["councillors"], people["officers"], people["handles"]
    party = {}
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*"([^"]+)",\s*#[^(]*\(([^)]+)\)', line)
            if m and m.group(1) in councillors:
                party[m.group(1)] = m.group(2)
    if set(party) != set(councillors):
        err("council.toml: every councillor needs a '(Party)' comment")
    author_handles = {h: p for h, p in handles.items() if p in councillors}
    if set(author_handles.values()) != set(councillors):
        err("council.toml: every councillor needs a handle")

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    if len(rows) != TOTAL:
        err("expected %d rows, found %d" % (TOTAL, len(rows)))
    by_id = {}
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s-%04d" % (SET, n):
            err("row %d: id %r out of order or malformed" % (n, rid))
        if rid in by_id:
            err("duplicate id %s" % rid)
        by_id[rid] = r

    fam_orig = collections.Counter()
    fam_var = collections.Counter()
    fam_var_kinds = collections.defaultdict(set)
    hn_tags = collections.Counter()
    bully_tags = collections.Counter()
    eq_tags = collections.Counter()
    verdicts = collections.Counter()
    platforms = collections.Counter()
    long_posts = collections.Counter()

    for r in rows:
        rid = r.get("id", "?")
        kind_of_row = r.get("kind_of_row")
        need = set(FIELDS) | ({"variant_of", "variant_kind"} if kind_of_row == "variant" else set())
        if set(r) != need:
            err("%s: fields %s, expected %s" % (rid, sorted(r), sorted(need)))
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % rid)
        if r["author"] not in author_handles:
            err("%s: author %s is not a councillor handle in council.toml" % (rid, r["author"]))
        if r["platform"] not in PLATFORMS:
            err("%s: platform %r" % (rid, r["platform"]))
        platforms[r["platform"]] += 1
        if r["account"] != "councillor" or r["kind"] != "post":
            err("%s: account/kind" % rid)
        # timestamp
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            err("%s: created_at %r" % (rid, r["created_at"]))
        else:
            d = datetime.date.fromisoformat(m.group(1))
            if d.weekday() > 4 or not (WINDOW[0] <= d <= WINDOW[1]) or not (8 <= int(m.group(2)) <= 18):
                err("%s: created_at outside weekdays 08:00-18:59, %s to %s" % (rid, WINDOW[0], WINDOW[1]))
        # length and platform
        if len(text) > 280:
            if r["platform"] != "facebook":
                err("%s: %d characters but not facebook" % (rid, len(text)))
            if len(text) > 470:
                err("%s: longer than 470 characters" % rid)
            if len(text) >= 300 and kind_of_row != "variant":
                long_posts[r["family"]] += 1
        # labels
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            err("%s: expect keys %s" % (rid, sorted(ex)))
            continue
        rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for x in rules + allowed:
            if x not in sev:
                err("%s: unknown rule %s" % (rid, x))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: duplicate rule ids" % rid)
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed: %s" % (rid, set(rules) & set(allowed)))
        verdicts[verdict] += 1
        if verdict not in ORDER:
            err("%s: verdict %r" % (rid, verdict))
            continue
        if rules:
            lo = max(min(ORDER[s] for s in sev.get(x, {"advice"})) for x in rules)
            hi = max(max(ORDER[s] for s in sev.get(x, {"block"})) for x in rules)
            possible = set().union(*(sev.get(x, set()) for x in rules))
            if not (lo <= ORDER[verdict] <= hi) or verdict not in possible:
                err("%s: verdict %s does not fit the severities of %s" % (rid, verdict, rules))
        elif verdict != "ok":
            err("%s: no rules expected but verdict %s" % (rid, verdict))
        note = r["note"]
        for cited in re.findall(r"%s-\d{4}" % SET, note):
            if cited not in by_id:
                err("%s: note cites unknown id %s" % (rid, cited))
        if re.search(r"\{\w+\}", note):
            err("%s: unresolved key in note" % rid)

        fam = r["family"]
        if kind_of_row == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                err("%s: hard negative must expect nothing, verdict ok" % rid)
            tags = re.findall(r"\[(HN\d)\]", note)
            if len(tags) != 1 or not note.startswith("[%s] " % tags[0]) or tags[0] not in HN_COUNTS:
                err("%s: hard negative needs exactly one HN tag at the start of the note" % rid)
            else:
                hn_tags[tags[0]] += 1
            continue
        if fam not in FAMILIES:
            err("%s: family %r" % (rid, fam))
            continue
        if fam not in rules:
            err("%s: positive of %s does not expect its family rule" % (rid, fam))
        if kind_of_row == "positive":
            fam_orig[fam] += 1
            src_text = text
            if fam == "bullying.intimidation":
                m2 = re.match(r"\[(explicit|veiled|pressure)\] ", note)
                if not m2:
                    err("%s: bullying note needs [explicit]/[veiled]/[pressure]" % rid)
                else:
                    bully_tags[m2.group(1)] += 1
            if fam == "equality.discrimination":
                m2 = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m2 or m2.group(2) not in CHARACTERISTICS:
                    err("%s: equality note needs [explicit|coded; characteristic]" % rid)
                else:
                    eq_tags[(m2.group(1), m2.group(2))] += 1
        elif kind_of_row == "variant":
            o = by_id.get(r["variant_of"])
            vk = r["variant_kind"]
            if not o or o["kind_of_row"] != "positive":
                err("%s: variant_of %r is not a positive" % (rid, r["variant_of"]))
                continue
            fam_var[fam] += 1
            if vk in fam_var_kinds[fam]:
                err("%s: second %s variant in %s" % (rid, vk, fam))
            fam_var_kinds[fam].add(vk)
            want_allowed = list(o["expect"]["allowed"]) + ([HASTE] if vk == "caps" and HASTE not in o["expect"]["allowed"] else [])
            if (o["family"] != fam or o["expect"]["rules"] != rules or o["expect"]["verdict"] != verdict
                    or sorted(want_allowed) != sorted(allowed) or o["author"] != r["author"]
                    or o["platform"] != r["platform"]):
                err("%s: variant labels, family, author or platform differ from %s" % (rid, o["id"]))
            ok, touched = changed_positions(o["text"], text, vk)
            if not ok:
                err("%s: does not show a clean %s obfuscation of %s" % (rid, vk, o["id"]))
            elif not every_occurrence(o["text"], touched, vk):
                err("%s: not every occurrence of the obfuscated word is changed" % rid)
            src_text = o["text"]
        else:
            err("%s: kind_of_row %r" % (rid, kind_of_row))
            continue
        # a positive is never written by a councillor it names, nor by a member of a party it names
        who = author_handles.get(r["author"])
        if who in named(src_text, councillors, handles):
            err("%s: written by %s, whom it names" % (rid, who))
        if party.get(who) in parties_named(src_text):
            err("%s: written by a member of a party it names (%s)" % (rid, party.get(who)))

    for fam in FAMILIES:
        if fam_orig[fam] != ORIGINALS_PER_FAMILY:
            err("%s: %d originals, expected %d" % (fam, fam_orig[fam], ORIGINALS_PER_FAMILY))
        if fam_var[fam] != VARIANTS_PER_FAMILY or fam_var_kinds[fam] != set(VARIANT_KINDS):
            err("%s: variants %d %s" % (fam, fam_var[fam], sorted(fam_var_kinds[fam])))
        if long_posts[fam] < 2:
            err("%s: fewer than two long (300-470 character) originals" % fam)
    if dict(hn_tags) != HN_COUNTS:
        err("hard negative tags %s, expected %s" % (dict(hn_tags), HN_COUNTS))
    for t in ("explicit", "veiled", "pressure"):
        if bully_tags[t] != 9:
            err("bullying tag %s: %d, expected 9" % (t, bully_tags[t]))
    chars = {c for _, c in eq_tags}
    if len(chars) < 9:
        err("equality covers only %d characteristics" % len(chars))

    # contact details and links
    for r in rows:
        t = r["text"]
        for ph in re.findall(r"\b0\d[\d ]{8,12}\d\b", t):
            if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}|020 ?7946 ?0\d{3}", ph.strip()):
                err("%s: phone number %r outside the drama ranges" % (r["id"], ph))
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
            if em.lower() not in ("example.com", "example.org", "example.net"):
                err("%s: email domain %s" % (r["id"], em))
        for dom in re.findall(r"\b((?:[\w-]+\.)+(?:com|org|net|uk))/", t):
            if not re.fullmatch(r"example\.(com|org|net)", dom.lower()):
                err("%s: link domain %s" % (r["id"], dom))

    # files of the folder
    expected_files = {"posts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}
    present = set(os.listdir(HERE))
    if "__pycache__" in present:
        err("__pycache__ in the folder")
    if present != expected_files:
        err("folder holds %s, expected %s" % (sorted(present), sorted(expected_files)))
    bad_path = re.compile("(" + "|".join(["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "/" + "root/", r"[A-Z]:\\\\"]) + ")")
    for fn in sorted(present & expected_files):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            if bad_path.search(f.read()):
                err("%s contains an absolute path" % fn)

    if ERRORS:
        for e in ERRORS[:60]:
            print("ERROR", e)
        print("%d error(s)" % len(ERRORS))
        sys.exit(1)
    if verbose:
        print("rules from:", sev_src)
        print("rows:", len(rows))
        for fam in FAMILIES:
            v = collections.Counter(r["expect"]["verdict"] for r in rows
                                    if r["family"] == fam and r["kind_of_row"] == "positive")
            print("  %-26s originals %d (review %d, block %d), variants %d, long %d"
                  % (fam, fam_orig[fam], v["review"], v["block"], fam_var[fam], long_posts[fam]))
        print("  hard negatives:", sum(hn_tags.values()), dict(sorted(hn_tags.items())), "long", long_posts["hard_negative"])
        print("verdicts:", dict(sorted(verdicts.items())))
        print("platforms:", dict(sorted(platforms.items())))
        print("bullying tags:", dict(bully_tags))
        ec = collections.Counter()
        for (k, c), n in eq_tags.items():
            ec[c] += n
        print("equality tags:", {("%s %s" % k): n for k, n in sorted(eq_tags.items(), key=lambda kv: (kv[0][1], kv[0][0]))})
    print("OK")


if __name__ == "__main__":
    main()
