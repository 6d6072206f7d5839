#!/usr/bin/env python3
"""Checks blind set b34. Prints OK or the problems found."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["ok", "advice", "review", "block"]
OBFS = {"asterisk", "digit", "zero-width-space", "spaced-letters", "cyrillic-homoglyph", "all-caps"}
FAMILIES = {"respect.personal-attack", "bullying.intimidation", "equality.discrimination",
            "defamation.allegation", "respect.abusive-language"}
# Fallback copy of RULES.md's rule ids and severities (min, max), used only when
# shared/design/RULES.md cannot be found above this folder.
FALLBACK = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"), "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"), "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"), "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"), "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"), "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"), "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"), "tone.irony-risk": ("advice", "advice"),
    "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}

def rules_from_catalogue():
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|(.*)\|\s*$", line)
                if not m:
                    continue
                last = m.group(2).split("|")[-1]
                words = [w for w in re.findall(r"advice|review|block", last)]
                if words:
                    sev[m.group(1)] = (words[0], max(words, key=ORDER.index))
            return sev
        d = os.path.dirname(d)
    return FALLBACK

def handles():
    out, sect = set(), None
    for line in open(os.path.join(HERE, "council.toml"), encoding="utf-8"):
        s = line.split("#")[0].strip()
        if s.startswith("["):
            sect = s
        elif sect == "[people.handles]" and "=" in s:
            out.add(s.split("=", 1)[0].strip().strip('"'))
    return out

def main():
    sev = rules_from_catalogue()
    hs = handles()
    errs, rows, ids = [], [], set()
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append("line %d: does not parse (%s)" % (n, e)); continue
        rows.append(r)
        rid = r.get("id")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in r or r[k] in (None, ""):
                errs.append("%s: missing %s" % (rid, k))
        if not re.fullmatch(r"b34-\d{3}", str(rid)):
            errs.append("%s: id pattern" % rid)
        if rid in ids:
            errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        if r.get("author") not in hs or r.get("author") == "@MarcherValeDC":
            errs.append("%s: author %s not a councillor handle" % (rid, r.get("author")))
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append("%s: platform" % rid)
        if r.get("account") not in ("councillor", "personal") or r.get("kind") != "post":
            errs.append("%s: account/kind" % rid)
        try:
            t = datetime.datetime.fromisoformat(r["created_at"])
            if not (t.utcoffset() == datetime.timedelta(0) and r["created_at"].endswith("+00:00")
                    and t.weekday() < 5 and 8 <= t.hour <= 18
                    and datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)):
                errs.append("%s: timestamp %s outside weekday 08:00-18:59 GMT 5 Jan-27 Mar 2026" % (rid, r["created_at"]))
        except Exception:
            errs.append("%s: bad timestamp" % rid)
        e = r.get("expect", {})
        rules, allowed, verdict = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                errs.append("%s: unknown rule %s" % (rid, x))
        if set(rules) & set(allowed):
            errs.append("%s: rule both expected and allowed" % rid)
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append("%s: duplicate rule" % rid)
        if verdict not in ORDER:
            errs.append("%s: verdict" % rid); continue
        if rules:
            lo = max((ORDER.index(sev[x][0]) for x in rules if x in sev), default=0)
            hi = max((ORDER.index(sev[x][1]) for x in rules if x in sev), default=0)
            if not lo <= ORDER.index(verdict) <= hi:
                errs.append("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        elif verdict != "ok":
            errs.append("%s: no rules but verdict %s" % (rid, verdict))
        kr = r.get("kind_of_row")
        if kr == "hard_negative":
            if rules or verdict != "ok" or r.get("family") != "hard_negative":
                errs.append("%s: hard negative must expect no rules and ok" % rid)
        elif kr == "positive":
            if r.get("family") not in FAMILIES or r["family"] not in rules:
                errs.append("%s: positive family not in rules" % rid)
            fam = r.get("family")
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded);", r["note"]):
                errs.append("%s: discrimination note prefix" % rid)
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\]", r["note"]):
                errs.append("%s: intimidation note prefix" % rid)
        else:
            errs.append("%s: kind_of_row %s" % (rid, kr))
    byid = {r["id"]: r for r in rows if "id" in r}
    for r in rows:
        if "variant_of" in r or "obfuscation" in r:
            o = byid.get(r.get("variant_of"))
            if o is None or "variant_of" in o:
                errs.append("%s: variant_of does not point at an original" % r["id"]); continue
            if r.get("obfuscation") not in OBFS:
                errs.append("%s: obfuscation kind" % r["id"])
            if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"] \
                    or r["author"] != o["author"] or r["family"] != o["family"]:
                errs.append("%s: variant labels differ from original" % r["id"])
            extra = set(r["expect"]["allowed"]) ^ set(o["expect"]["allowed"])
            if extra - {"haste.pause-before-posting"}:
                errs.append("%s: variant allowed differs" % r["id"])
            if r["obfuscation"] == "zero-width-space" and "\u200b" not in r["text"]:
                errs.append("%s: no U+200B" % r["id"])
            if r["obfuscation"] == "cyrillic-homoglyph" and not re.search("[\u0400-\u04ff]", r["text"]):
                errs.append("%s: no Cyrillic letter" % r["id"])
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
