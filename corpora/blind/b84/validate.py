"""Check blind evaluation set b84 and print OK (or the problems found).

Run from any folder:  python validate.py
RULES.md is found by walking up from this folder to shared/design/RULES.md; if it is
not there, a built-in copy of the rule ids and severities is used.
"""
import collections
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
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
KINDS = ["star", "digit", "zwsp", "spaced", "cyrillic", "caps"]
HASTE = "haste.pause-before-posting"
MIN_PER_FAMILY, MIN_PER_HN, VARIANTS_PER_FAMILY = 34, 22, 6

problems = []


def bad(msg):
    problems.append(msg)


def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                sev = [w for w in re.findall(r"advice|review|block", cells[-1])]
                if not sev:
                    sev = ["advice", "block"]
                sev.sort(key=ORDER.get)
                rules[cells[0]] = (sev[0], sev[-1])
            if rules:
                return rules
    return BUILTIN


def main():
    rules = load_rules()
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    councillors = set(cfg["people"]["councillors"])
    handles = {h: n for h, n in cfg["people"]["handles"].items() if n in councillors}
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad("line %d does not parse: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    if ids != ["b84-%03d" % i for i in range(1, len(rows) + 1)]:
        bad("ids are not b84-001.. in order")
    by_id = {r.get("id"): r for r in rows}
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
           "family", "kind_of_row", "note"]
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    fam_count = collections.Counter()
    hn_count = collections.Counter()
    var_kinds = collections.defaultdict(list)
    bi_tags = collections.Counter()
    eq_tags = collections.Counter()
    for r in rows:
        rid = r.get("id")
        for k in req:
            if k not in r:
                bad("%s missing %s" % (rid, k))
        if r.get("account") != "councillor" or r.get("kind") != "post":
            bad("%s account/kind" % rid)
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            bad("%s platform" % rid)
        if r.get("author") not in handles:
            bad("%s author %r not a councillor handle" % (rid, r.get("author")))
        else:
            name = handles[r["author"]]
            if name.lower() in r["text"].lower() or r["author"].lower() in r["text"].lower():
                bad("%s author names themself" % rid)
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if (r["created_at"][-6:] != "+00:00" or t.weekday() > 4 or not 8 <= t.hour <= 18
                    or not lo <= t.date() <= hi):
                bad("%s timestamp %s out of range" % (rid, r["created_at"]))
        except (KeyError, ValueError):
            bad("%s bad timestamp" % rid)
        e = r.get("expect", {})
        exp, allw, verdict = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for x in exp + allw:
            if x not in rules:
                bad("%s unknown rule %s" % (rid, x))
        if set(exp) & set(allw):
            bad("%s rule both expected and allowed" % rid)
        if exp:
            need = max(ORDER[rules[x][0]] for x in exp if x in rules)
            top = max(ORDER[rules[x][1]] for x in exp if x in rules)
            if not need <= ORDER.get(verdict, -1) <= top:
                bad("%s verdict %s does not fit %s" % (rid, verdict, exp))
        elif verdict != "ok":
            bad("%s no rules but verdict %s" % (rid, verdict))
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor == "hard_negative":
            tags = re.findall(r"\[HN(\d)\]", note)
            if exp or verdict != "ok" or fam != "hard_negative":
                bad("%s hard negative with rules/verdict/family" % rid)
            if len(tags) != 1 or not re.match(r"\[HN[1-6]\] ", note):
                bad("%s needs exactly one HN tag at the start" % rid)
            else:
                hn_count[tags[0]] += 1
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in exp:
                bad("%s family rule not expected" % rid)
            if "[HN" in note:
                bad("%s HN tag on a positive" % rid)
            if kor == "positive":
                fam_count[fam] += 1
                if fam == "bullying.intimidation":
                    m = re.match(r"\[(explicit|veiled|pressure)\]", note)
                    if not m:
                        bad("%s bullying note tag" % rid)
                    else:
                        bi_tags[m.group(1)] += 1
                if fam == "equality.discrimination":
                    m = re.match(r"\[(explicit|coded); [^\]]+\]", note)
                    if not m:
                        bad("%s equality note tag" % rid)
                    else:
                        eq_tags[m.group(1)] += 1
            else:
                o = by_id.get(r.get("variant_of"))
                kind = r.get("variant_kind")
                if o is None or o.get("kind_of_row") != "positive":
                    bad("%s variant_of missing" % rid)
                    continue
                var_kinds[fam].append(kind)
                oe = o["expect"]
                want_allowed = sorted(set(oe["allowed"]) | ({HASTE} if kind == "caps" else set()))
                if (sorted(exp) != sorted(oe["rules"]) or verdict != oe["verdict"]
                        or sorted(allw) != want_allowed or fam != o["family"]
                        or r["author"] != o["author"] or r["platform"] != o["platform"]):
                    bad("%s does not match its original %s" % (rid, o["id"]))
                if r["text"] == o["text"]:
                    bad("%s text unchanged" % rid)
                tx = r["text"]
                ok = {
                    "star": "*" in tx and "*" not in o["text"],
                    "digit": bool(re.search(r"[A-Za-z][13]|[13][A-Za-z]", tx)),
                    "zwsp": "\u200b" in tx,
                    "spaced": bool(re.search(r"\b(\w ){3,}\w\b", tx)),
                    "cyrillic": bool(re.search("[\u0400-\u04ff]", tx)),
                    "caps": tx == " ".join(w if w.startswith("@") else w.upper()
                                           for w in o["text"].split(" ")),
                }.get(kind, False)
                if not ok:
                    bad("%s variant kind %s not visible" % (rid, kind))
        else:
            bad("%s kind_of_row %r" % (rid, kor))
    for f in FAMILIES:
        if fam_count[f] < MIN_PER_FAMILY:
            bad("family %s has %d originals" % (f, fam_count[f]))
        if sorted(var_kinds[f]) != sorted(KINDS):
            bad("family %s variant kinds %s" % (f, var_kinds[f]))
    for g in "123456":
        if hn_count[g] < MIN_PER_HN:
            bad("HN%s has %d rows" % (g, hn_count[g]))
    if sum(bi_tags.values()) and min(bi_tags[k] for k in ("explicit", "veiled", "pressure")) < 8:
        bad("bullying tags %s" % dict(bi_tags))
    if min(eq_tags["explicit"], eq_tags["coded"]) < 12:
        bad("equality tags %s" % dict(eq_tags))
    # files: no absolute paths; phone numbers in drama ranges; emails on example.com
    for p in sorted(HERE.iterdir()):
        if p.suffix not in (".py", ".md", ".toml", ".jsonl"):
            continue
        s = p.read_text(encoding="utf-8")
        if re.search(r"(?<![\w.])/(?:work|home|tmp|Users|root|mnt|opt)/|[A-Za-z]:\\\\", s):
            bad("%s has an absolute path" % p.name)
        for ph in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", s):
            d = ph.replace(" ", "")
            if not (d.startswith("07700900") or d.startswith("01632960")):
                bad("%s phone %s outside drama ranges" % (p.name, ph))
        for em in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", s):
            if not em.endswith("example.com"):
                bad("%s email %s" % (p.name, em))
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problems" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
