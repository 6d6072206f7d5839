#!/usr/bin/env python3
"""Check blind evaluation set b176 (posts.jsonl and council.toml). Prints OK.

Standard library only. Rule ids and severities come from shared/design/RULES.md,
found by walking up from this folder; else a built-in copy is used.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B176"
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
HS = "haste.pause-before-posting"
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
         "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
BUILTIN = {
    "respect.personal-attack": "review block", "respect.abusive-language": "review block",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review block",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review block",
    "predetermination.closed-mind": "review block", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice review",
    "defamation.allegation": "review block", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": "advice review block",
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    found = [s for s in ("advice", "review", "block") if s in cells[-1]]
                    sev[cells[0]] = found or ["advice", "review", "block"]
            if sev:
                return sev
        up = os.path.dirname(d)
        if up == d:
            break
        d = up
    return {k: v.split() for k, v in BUILTIN.items()}


def roster():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        cfg = tomllib.load(fh)
    cl = cfg["people"]["councillors"]
    handles = {h: n for h, n in cfg["people"]["handles"].items() if n in cl}
    return cl, handles


def names_in(text, name, handle):
    low = text.lower()
    parts = name.split()
    words = [name, parts[0], parts[-1]]
    if handle.lower() in low:
        return True
    return any(re.search(r"\b" + re.escape(w.lower()) + r"\b", low) for w in words)


def main():
    sev = severities()
    cl, handles = roster()
    path = os.path.join(HERE, "posts.jsonl")
    posts = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            posts.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d does not parse: %s" % (i, e))
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for i, p in enumerate(posts, 1):
        if p.get("id") != "%s-%04d" % (SET, i):
            err("id out of order at line %d: %s" % (i, p.get("id")))
    byid = {p["id"]: p for p in posts if "id" in p}
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
           "family", "kind_of_row", "note"]
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for p in posts:
        pid = p.get("id")
        for k in req:
            if k not in p:
                err("%s lacks %s" % (pid, k))
        if any(k not in p for k in req):
            continue
        if p["author"] not in handles:
            err("%s author %s is not a councillor handle" % (pid, p["author"]))
        if p["platform"] not in ("x", "facebook", "bluesky"):
            err("%s platform" % pid)
        if p["account"] != "councillor" or p["kind"] != "post":
            err("%s account/kind" % pid)
        try:
            t = dt.datetime.fromisoformat(p["created_at"])
            if not p["created_at"].endswith("+00:00"):
                err("%s offset" % pid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t.date() <= hi):
                err("%s timestamp out of window: %s" % (pid, p["created_at"]))
        except ValueError:
            err("%s bad timestamp" % pid)
        ex = p["expect"]
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        for r in rules + allowed:
            if r not in sev:
                err("%s unknown rule %s" % (pid, r))
        if set(rules) & set(allowed):
            err("%s rule both expected and allowed" % pid)
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s duplicate rule" % pid)
        if verdict not in RANK:
            err("%s verdict %s" % (pid, verdict))
            continue
        # verdict must be reachable from the expected rules' severities
        if not rules:
            if verdict != "ok":
                err("%s verdict %s with no rules" % (pid, verdict))
        else:
            floor = max(min(RANK[s] for s in sev.get(r, ["advice"])) for r in rules)
            options = {RANK[s] for r in rules for s in sev.get(r, [])}
            if RANK[verdict] < floor or RANK[verdict] not in options:
                err("%s verdict %s does not fit %s" % (pid, verdict, rules))
        kor, fam, note = p["kind_of_row"], p["family"], p["note"]
        if kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                err("%s hard negative must expect nothing" % pid)
            if not re.match(r"HN[1-6] ", note) or len(re.findall(r"\bHN[1-6]\b", note)) != 1:
                err("%s hard negative note tag" % pid)
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in rules:
                err("%s family rule not expected" % pid)
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                err("%s %s must block" % (pid, fam))
            if kor == "positive" and fam == "bullying.intimidation" and not re.match(
                    r"\[(explicit|veiled|pressure)\] ", note):
                err("%s bullying note tag" % pid)
            if kor == "positive" and fam == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m or m.group(2) not in CHARS:
                    err("%s equality note tag" % pid)
            name = handles.get(p["author"])
            if name and names_in(p["text"].replace("\u200b", ""), name, p["author"]):
                err("%s written by the councillor it names (%s)" % (pid, name))
        else:
            err("%s kind_of_row %s" % (pid, kor))
        for cited in re.findall(SET + r"-\d{4}", note):
            if cited not in byid:
                err("%s cites missing %s" % (pid, cited))
        if "{" in note:
            err("%s unresolved key in note" % pid)
        for ph in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", p["text"]):
            d = ph.replace(" ", "")
            if not (d.startswith("07700900") or d.startswith("01632960") or
                    d.startswith("0113496") or d.startswith("0207946") or d.startswith("02079460")):
                err("%s phone number outside drama ranges: %s" % (pid, ph))
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", p["text"]):
            if em.lower() not in ("example.com", "example.org", "example.net"):
                err("%s email domain %s" % (pid, em))
    # variants
    vk = collections.defaultdict(set)
    for p in posts:
        if p.get("kind_of_row") != "variant":
            continue
        pid, o = p["id"], byid.get(p.get("variant_of"))
        kind = p.get("variant_kind")
        if o is None or o["kind_of_row"] != "positive":
            err("%s variant_of missing" % pid)
            continue
        if kind not in KINDS:
            err("%s variant_kind %s" % (pid, kind))
            continue
        vk[p["family"]].add(kind)
        want_allowed = list(o["expect"]["allowed"])
        if kind == "caps" and HS not in want_allowed:
            want_allowed.append(HS)
        if (p["expect"]["rules"] != o["expect"]["rules"] or p["expect"]["verdict"] != o["expect"]["verdict"]
                or sorted(p["expect"]["allowed"]) != sorted(want_allowed) or p["family"] != o["family"]
                or p["author"] != o["author"] or p["platform"] != o["platform"]):
            err("%s variant labels differ from %s" % (pid, o["id"]))
        t, ot = p["text"], o["text"]
        if t == ot:
            err("%s variant identical to original" % pid)
        ok = {
            "asterisk": "*" in t and "*" not in ot,
            "digit": sum(c.isdigit() for c in t) > sum(c.isdigit() for c in ot),
            "zero_width": "\u200b" in t,
            "spaced": re.search(r"\b\w( \w){2,}\b", t) is not None and len(t) > len(ot),
            "homoglyph": ("\u043e" in t or "\u0435" in t),
            "caps": sum(c.isupper() for c in t) > 0.8 * sum(c.isalpha() for c in t),
        }[kind]
        if not ok:
            err("%s does not show %s obfuscation" % (pid, kind))
    for f in FAMILIES:
        if vk[f] != set(KINDS):
            err("family %s variant kinds %s" % (f, sorted(vk[f])))
    # counts
    c = collections.Counter((p.get("kind_of_row"), p.get("family")) for p in posts)
    for f in FAMILIES:
        if c[("positive", f)] < 34:
            err("family %s has %d positives" % (f, c[("positive", f)]))
        if c[("variant", f)] < 6:
            err("family %s has %d variants" % (f, c[("variant", f)]))
    hn = collections.Counter(p["note"][:3] for p in posts if p.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if hn["HN%d" % g] < 22:
            err("HN%d has %d rows" % (g, hn["HN%d" % g]))
    if len(posts) < 332:
        err("only %d posts" % len(posts))
    # no absolute paths, no caches
    bad = re.compile("(" + "|".join(["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/",
                                     "/" + "root/", "[A-Z]:" + r"\\\\"]) + ")")
    for fn in os.listdir(HERE):
        fp = os.path.join(HERE, fn)
        if fn == "__pycache__":
            err("__pycache__ present")
        if os.path.isfile(fp):
            txt = open(fp, encoding="utf-8", errors="replace").read()
            if bad.search(txt):
                err("absolute path in %s" % fn)
    if ERRORS:
        for e in ERRORS[:60]:
            print(e)
        print("%d problem(s)" % len(ERRORS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
