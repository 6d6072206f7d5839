"""Checks blind set b62. Prints OK or the list of problems."""
import csv, json, os, re, sys, datetime as dt
try:
    import tomllib
except ImportError:  # pragma: no cover
    import tomli as tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SEV = {"advice": 1, "review": 2, "block": 3}
FALLBACK = {  # copy of the severities in RULES.md (lowest, highest)
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
    "association.endorsed-content": ("advice", "block"), "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"), "capacity.mixed-account": ("advice", "advice"),
}
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage", "gifts.hospitality",
            "capacity.council-voice", "confidentiality.insider-advantage", "predetermination.closed-mind",
            "interests.declared-interest", "data-protection.personal-data", "security.credentials",
            "confidentiality.disclosure", "tone.irony-risk"]


def rules_md_ids():
    d = HERE
    for _ in range(6):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", open(p, encoding="utf-8").read(), re.M))
            if ids:
                return ids
        d = os.path.dirname(d)
    return set(FALLBACK)


def sev_range(rule):
    if rule in FALLBACK:
        return FALLBACK[rule]
    return ("advice", "block")


def main():
    errs = []
    cfg = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    handles = cfg["people"]["handles"]
    official = {h for h, n in handles.items() if n == cfg["council"]["name"]}
    personal = {"@barry_tractors", "@ruths_bees"}
    known_ids = rules_md_ids()
    conf_terms = [t.lower() for t in cfg["registers"]["confidential_terms"]]
    holders = cfg["registers"]["interest_holders"]
    selfc = cfg["self"]
    self_handles = {h for h, n in handles.items() if n == selfc["name"]}
    pend = list(csv.DictReader(open(os.path.join(HERE, cfg["registers"]["pending_matters"]), encoding="utf-8")))
    pend_keys = []
    for p in pend:
        keys = [p["reference"].lower(), p["address"].split(",")[0].lower()]
        m = re.search(r"\(([^)]+)\)", p["description"])
        if m:
            keys.append(m.group(1).lower())
        pend_keys.append(keys)
    extra_pending_cues = ["caistow road", "skedworth fen solar", "maltings", "marsh lane farm", "hollowgate",
                          "grange farm", "fryday", "drovers", "ginnel bar", "jackpot alley", "brightfield",
                          "lindell", "wolds gate", "quayline", "grange bioenergy"]
    meetings = [(dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"]))
                for m in csv.DictReader(open(os.path.join(HERE, cfg["registers"]["meetings"]), encoding="utf-8"))]
    seen = set()
    counts = {f: {"positive": 0, "hard_negative": 0} for f in FAMILIES}
    fillers = 0
    last_post = None
    lines = open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append("line %d: bad json %s" % (n, e)); continue
        i = o.get("id", "?")
        need = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
        for k in need:
            if k not in o:
                errs.append("%s: missing %s" % (i, k))
        if not re.fullmatch(r"b62-\d{3}", i):
            errs.append("%s: bad id" % i)
        if i in seen:
            errs.append("%s: duplicate id" % i)
        seen.add(i)
        a = o.get("author")
        if a not in handles or a in official:
            errs.append("%s: author %s not a councillor handle" % (i, a))
        if (o.get("account") == "personal") != (a in personal):
            errs.append("%s: account/personal mismatch" % i)
        if o.get("account") not in ("councillor", "personal"):
            errs.append("%s: bad account" % i)
        if o.get("kind") != "post":
            errs.append("%s: kind" % i)
        if o.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append("%s: platform" % i)
        ts = o.get("created_at", "")
        try:
            t = dt.datetime.fromisoformat(ts)
            if not ts.endswith("+00:00"):
                errs.append("%s: offset" % i)
            if t.weekday() >= 5 or not (8 <= t.hour <= 18):
                errs.append("%s: not weekday 08-18:59" % i)
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                errs.append("%s: date out of range" % i)
            for s, e in meetings:
                if s <= t <= e:
                    errs.append("%s: inside a meeting" % i)
            last_post = t if last_post is None or t > last_post else last_post
        except Exception:
            errs.append("%s: bad timestamp" % i)
        ex = o.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for r in rules + allowed:
            if r not in known_ids:
                errs.append("%s: unknown rule %s" % (i, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            errs.append("%s: rule repeated or both expected and allowed" % i)
        if verdict not in ("ok", "advice", "review", "block"):
            errs.append("%s: verdict" % i)
        if not rules and verdict != "ok":
            errs.append("%s: verdict should be ok" % i)
        if rules:
            lo = max(SEV[sev_range(r)[0]] for r in rules)
            hi = max(SEV[sev_range(r)[1]] for r in rules)
            if verdict == "ok" or not (lo <= SEV[verdict] <= hi):
                errs.append("%s: verdict %s does not fit %s" % (i, verdict, rules))
        k, fam, low = o.get("kind_of_row"), o.get("family"), o.get("text", "").lower()
        if k == "positive":
            if fam not in FAMILIES or fam not in rules:
                errs.append("%s: positive must expect its family" % i)
            else:
                counts[fam]["positive"] += 1
        elif k == "hard_negative":
            if rules or verdict != "ok" or fam != "hard_negative":
                errs.append("%s: hard negative must expect nothing" % i)
            if o.get("near_miss_of") not in FAMILIES:
                errs.append("%s: near_miss_of" % i)
            else:
                counts[o["near_miss_of"]]["hard_negative"] += 1
        elif k == "filler":
            fillers += 1
            if rules or allowed or verdict != "ok" or fam != "filler":
                errs.append("%s: filler must expect and allow nothing" % i)
        else:
            errs.append("%s: kind_of_row" % i)
        # register checks
        if any(t in low for t in conf_terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                errs.append("%s: names a confidential term but is not disclosure/block" % i)
        if "predetermination.closed-mind" in rules:
            named = any(any(kk in low for kk in keys) for keys in pend_keys) or any(c in low for c in extra_pending_cues)
            if named and verdict != "block":
                errs.append("%s: predetermination naming a pending matter should be block" % i)
            if k == "positive" and fam == "predetermination.closed-mind" and not named and verdict == "block":
                errs.append("%s: predetermination without a pending matter should not be block" % i)
        if fam == "interests.declared-interest":
            it = o.get("interest")
            if it not in holders:
                errs.append("%s: interest missing" % i)
            elif handles.get(a) != holders[it]:
                errs.append("%s: interest positive not by its holder" % i)
        if (selfc["phone"] in o.get("text", "") or selfc["email"].lower() in low) and a not in self_handles:
            errs.append("%s: self contact details by someone else" % i)
        name = handles.get(a, "")
        if name and o.get("interest") is None and k != "hard_negative":
            pass
    for p in pend:
        if last_post and dt.date.fromisoformat(p["decision_date"]) <= last_post.date():
            errs.append("pending %s decided before the last post" % p["reference"])
    for f, c in counts.items():
        if c["positive"] < 20 or c["hard_negative"] < 20:
            errs.append("%s: counts %s" % (f, c))
    if fillers < 40:
        errs.append("fillers %d < 40" % fillers)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
