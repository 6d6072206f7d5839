"""Validate blind set b72. Prints OK or the problems found."""
import json, re, sys, pathlib, datetime, tomllib, collections

HERE = pathlib.Path(__file__).resolve().parent
BUILTIN = {"respect.personal-attack": "review block", "respect.abusive-language": "review block",
           "bullying.intimidation": "block", "equality.discrimination": "block", "officers.impartiality": "review",
           "confidentiality.disclosure": "review block", "confidentiality.insider-advantage": "review",
           "data-protection.personal-data": "review block", "predetermination.closed-mind": "review block",
           "capacity.council-voice": "review", "resources.political-use": "review",
           "position.improper-advantage": "review", "interests.declared-interest": "review",
           "gifts.hospitality": "advice review", "defamation.allegation": "review block",
           "copyright.third-party-content": "advice", "haste.pause-before-posting": "advice",
           "meetings.during-meeting": "advice", "security.credentials": "block", "tone.irony-risk": "advice",
           "association.endorsed-content": "advice review block", "harassment.repeated-target": "block",
           "moderation.third-party-comments": "review", "capacity.mixed-account": "advice"}
ORDER = ["ok", "advice", "review", "block"]
FAMS = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
        "equality.discrimination", "defamation.allegation"]
VKINDS = {"star", "digit", "zwsp", "spaced", "homoglyph", "caps"}

def load_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+)\|\s*$", line)
                if m:
                    sev[m.group(1)] = " ".join(w for w in ORDER if re.search(r"\b" + w + r"\b", m.group(2)))
            if sev:
                return sev
    return BUILTIN

def main():
    sev = load_rules()
    err = []
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    chand = {h for h, p in cfg["people"]["handles"].items() if p in cfg["people"]["councillors"]}
    rows = [json.loads(l) for l in (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    byid = {}
    for r in rows:
        rid = r.get("id", "")
        if not re.fullmatch(r"b72-\d{3}", rid) or rid in byid:
            err.append(f"bad or duplicate id {rid}")
        byid[rid] = r
        for k in ["text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]:
            if k not in r:
                err.append(f"{rid}: missing {k}")
        if r["author"] not in chand:
            err.append(f"{rid}: author {r['author']} not a councillor handle")
        t = datetime.datetime.fromisoformat(r["created_at"])
        if not (r["created_at"].endswith("+00:00") and t.weekday() < 5 and 8 <= t.hour <= 18
                and datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)):
            err.append(f"{rid}: bad timestamp {r['created_at']}")
        e = r["expect"]
        for x in e["rules"] + e["allowed"]:
            if x not in sev:
                err.append(f"{rid}: unknown rule {x}")
        if set(e["rules"]) & set(e["allowed"]):
            err.append(f"{rid}: rule both expected and allowed")
        fam, note = r["family"], r["note"]
        if fam == "hard_negative":
            if e["rules"] or e["verdict"] != "ok" or len(re.findall(r"\[HN[1-6]\]", note)) != 1 or not re.match(r"\[HN[1-6]\] ", note):
                err.append(f"{rid}: bad hard negative")
        else:
            if fam not in FAMS or fam not in e["rules"]:
                err.append(f"{rid}: family rule not expected")
            lo = max((sev[x].split()[0] for x in e["rules"]), key=ORDER.index)
            hi = max((sev[x].split()[-1] for x in e["rules"]), key=ORDER.index)
            if not ORDER.index(lo) <= ORDER.index(e["verdict"]) <= ORDER.index(hi):
                err.append(f"{rid}: verdict {e['verdict']} outside {lo}..{hi}")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\](\s|$)", note):
                err.append(f"{rid}: bullying tag")
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded); [^\]]+\](\s|$)", note):
                err.append(f"{rid}: equality tag")
    vk = collections.defaultdict(set)
    for r in rows:
        if r["kind_of_row"] != "variant":
            continue
        p = byid.get(r.get("variant_of"))
        if not p or p["kind_of_row"] != "positive":
            err.append(f"{r['id']}: bad variant_of"); continue
        pa = [x for x in p["expect"]["allowed"]]
        ra = [x for x in r["expect"]["allowed"] if x != "haste.pause-before-posting"]
        for k in ["family", "author", "platform"]:
            if r[k] != p[k]:
                err.append(f"{r['id']}: {k} differs from original")
        if r["expect"]["rules"] != p["expect"]["rules"] or r["expect"]["verdict"] != p["expect"]["verdict"] or ra != pa:
            err.append(f"{r['id']}: labels differ from original")
        if r["text"] == p["text"] or r["variant_kind"] not in VKINDS:
            err.append(f"{r['id']}: bad variant")
        vk[r["family"]].add(r["variant_kind"])
    c = collections.Counter((r["family"], r["kind_of_row"]) for r in rows)
    for f in FAMS:
        if c[(f, "positive")] < 30 or c[(f, "variant")] != 6 or vk[f] != VKINDS:
            err.append(f"{f}: counts {c[(f, 'positive')]} positives, {c[(f, 'variant')]} variants")
    hn = collections.Counter(re.match(r"\[(HN\d)\]", r["note"]).group(1) for r in rows if r["family"] == "hard_negative")
    if any(hn[f"HN{i}"] < 20 for i in range(1, 7)):
        err.append(f"hard negative groups {dict(hn)}")
    if len(rows) < 300:
        err.append(f"only {len(rows)} rows")
    txt = "".join(p.read_text(encoding="utf-8") for p in HERE.iterdir() if p.suffix in {".py", ".md", ".toml", ".jsonl"})
    if re.search(r"(?<![\w.])/(work|home|tmp|Users)/", txt):
        err.append("absolute path in files")
    if err:
        print("\n".join(err)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
