"""Checks blind set b161 (posts.jsonl against council.toml and the rule catalogue). Prints OK."""
import collections
import datetime
import json
import os
import re
import sys
import tomllib

SET = "B161"
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"posts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}

# Built-in copy of the severities in shared/design/RULES.md, used when it cannot be found.
BUILTIN = {
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
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
HAS = "haste.pause-before-posting"
ROLE_WORDS = [
    (r"\bLeader of the Opposition\b", "Amrit Sandhu"),
    (r"\b[Tt]he Leader\b(?! of the Opposition)", "Judith Venn"),
    (r"\bDeputy Leader\b", "Roger Hembury"),
    (r"\bCabinet Member for Finance\b", "Roger Hembury"),
    (r"\bCabinet Member for Housing\b|\bgot housing\b|\btook on housing\b", "Marcus Oyelaran"),
    (r"\bCabinet Member for Environment\b", "Tessa Wyndham"),
    (r"\b[Cc]hair of [Pp]lanning\b|\bchair planning\b", "Colin Pettigrew"),
    (r"\bChair of (the )?Council\b", "Dennis Hooper"),
]
MIN = {"original": 27, "variant": 6, "hard_negative": 165, "hn_group": 27, "total": 330}
DRAMA = ["07700900", "01632960", "02079460", "01134960", "01144960", "01154960", "01164960",
         "01174960", "01184960", "01214960", "01314960", "01414960", "01514960", "01614960",
         "02896496", "02920180", "01914980", "03069990", "08081570", "09098790"]

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    s = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    if "same as the amplified rule" in cells[-1]:
                        s = {"advice", "review", "block"}
                    sev[cells[0]] = s
            if sev:
                return sev
        up = os.path.dirname(d)
        if up == d:
            return BUILTIN
        d = up


def named(text, councillors, handle_of):
    out = set()
    low = text.lower()
    for name in councillors:
        first, last = name.split()[0], name.split()[-1]
        if (name.lower() in low or re.search(r"\b%s\b" % re.escape(last.lower()), low)
                or re.search(r"\b%s\b" % re.escape(first), text)
                or handle_of[name].lower() in low):
            out.add(name)
    for pat, name in ROLE_WORDS:
        if re.search(pat, text):
            out.add(name)
    return out


def shows(kind, text):
    if kind == "asterisk":
        return re.search(r"[A-Za-z]\*[A-Za-z]", text)
    if kind == "digit":
        return re.search(r"[A-Za-z][0-9][A-Za-z]", text)
    if kind == "zero_width":
        return "\u200b" in text
    if kind == "spaced":
        return re.search(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])", text)
    if kind == "homoglyph":
        return re.search(r"[\u0400-\u04ff]", text)
    if kind == "caps":
        letters = [c for c in re.sub(r"@\w+|https?://\S+", "", text) if c.isalpha()]
        return letters and sum(c.isupper() for c in letters) / len(letters) > 0.9
    return False


def main():
    sev = load_rules()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        cfg = tomllib.load(f)
    councillors = cfg["people"]["councillors"]
    handles = cfg["people"]["handles"]
    handle_of = {v: k for k, v in handles.items() if v in councillors}
    councillor_handles = {h for h, v in handles.items() if v in councillors}

    present = {f for f in os.listdir(HERE) if not f.startswith(".")}
    if present != FILES:
        err("folder holds %s, expected exactly %s" % (sorted(present), sorted(FILES)))

    rows = []
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            err("line %d does not parse: %s" % (n, e))
    by_id = {}
    for r in rows:
        if r.get("id") in by_id:
            err("duplicate id %s" % r.get("id"))
        by_id[r.get("id")] = r
    if [r.get("id") for r in rows] != ["%s-%04d" % (SET, i) for i in range(1, len(rows) + 1)]:
        err("ids are not %s-0001.. in order" % SET)

    start, end = datetime.date(2026, 10, 26), datetime.date(2026, 11, 27)
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    for r in rows:
        rid = r.get("id")
        for f in required:
            if f not in r:
                err("%s: missing %s" % (rid, f))
        if any(f not in r for f in required):
            continue
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            err("%s: expect keys %s" % (rid, sorted(ex)))
            continue
        if r["author"] not in councillor_handles:
            err("%s: author %s is not a councillor handle" % (rid, r["author"]))
        if r["platform"] not in ("x", "facebook", "bluesky"):
            err("%s: platform %s" % (rid, r["platform"]))
        if r["account"] != "councillor" or r["kind"] != "post":
            err("%s: account/kind" % rid)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            err("%s: created_at %s" % (rid, r["created_at"]))
        else:
            d = datetime.date.fromisoformat(m.group(1))
            if not (start <= d <= end) or d.weekday() > 4 or not (8 <= int(m.group(2)) <= 18):
                err("%s: created_at %s outside weekdays 08:00-18:59, 26 Oct-27 Nov 2026" % (rid, r["created_at"]))
        for rule in ex["rules"] + ex["allowed"]:
            if rule not in sev:
                err("%s: unknown rule %s" % (rid, rule))
        if len(set(ex["rules"])) != len(ex["rules"]) or len(set(ex["allowed"])) != len(ex["allowed"]):
            err("%s: repeated rule" % rid)
        if set(ex["rules"]) & set(ex["allowed"]):
            err("%s: rule both expected and allowed" % rid)
        # verdict fits the severities
        if not ex["rules"]:
            if ex["verdict"] != "ok":
                err("%s: verdict %s with no rules" % (rid, ex["verdict"]))
        else:
            sets = [sev.get(x, {"advice", "review", "block"}) for x in ex["rules"]]
            lo = max(min(RANK[s] for s in st) for st in sets)
            hi = max(max(RANK[s] for s in st) for st in sets)
            if ex["verdict"] not in RANK or not (lo <= RANK[ex["verdict"]] <= hi) \
                    or ex["verdict"] not in set().union(*sets):
                err("%s: verdict %s does not fit %s" % (rid, ex["verdict"], ex["rules"]))
        kor = r["kind_of_row"]
        note = r["note"]
        if kor == "hard_negative":
            if r["family"] != "hard_negative" or ex["rules"] or ex["verdict"] != "ok":
                err("%s: hard negative must expect nothing, verdict ok" % rid)
            if not re.match(r"HN[1-6]: ", note) or len(re.findall(r"\bHN\d\b", note)) != 1:
                err("%s: hard negative note needs exactly one HN tag at the start" % rid)
        elif kor in ("positive", "variant"):
            if r["family"] not in FAMILIES:
                err("%s: family %s" % (rid, r["family"]))
            elif r["family"] not in ex["rules"]:
                err("%s: family rule not expected" % rid)
            if re.match(r"HN\d", note):
                err("%s: positive note starts with an HN tag" % rid)
            person = handles.get(r["author"])
            if person in named(r["text"], councillors, handle_of):
                err("%s: positive written by the councillor it names (%s)" % (rid, person))
        else:
            err("%s: kind_of_row %s" % (rid, kor))
        if "bullying.intimidation" in ex["rules"] and not re.search(r"\[(explicit|veiled|pressure)\]", note):
            err("%s: bullying note tag missing" % rid)
        if "equality.discrimination" in ex["rules"]:
            m2 = re.search(r"\[(explicit|coded); ([a-z ]+)\]", note)
            if not m2 or m2.group(2) not in CHARACTERISTICS:
                err("%s: equality note tag missing or unknown" % rid)
        if kor != "variant" and (re.search(r"[\u0400-\u04ff\u200b]", r["text"]) or "variant_of" in r):
            err("%s: obfuscation or variant fields outside a variant" % rid)
        for cited in re.findall(r"%s-\d{4}" % SET, note):
            if cited not in by_id:
                err("%s: note cites missing %s" % (rid, cited))
        if re.search(r"\{[A-Z0-9-]+\}", note):
            err("%s: unresolved key in note" % rid)
        for num in re.findall(r"(?<!\d)0\d[\d ]{8,12}\d(?!\d)", r["text"]):
            digits = num.replace(" ", "")
            if len(digits) in (10, 11) and not any(digits.startswith(p) for p in DRAMA):
                err("%s: phone number %s not in a drama range" % (rid, num))
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]) + \
                re.findall(r"https?://([^/\s]+)", r["text"]):
            if not re.fullmatch(r"(?:[\w-]+\.)*example\.(com|net|org)", dom.lower()):
                err("%s: address on %s" % (rid, dom))

    # variants
    per_family = collections.defaultdict(list)
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid = r["id"]
        o = by_id.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if o is None or o.get("kind_of_row") != "positive":
            err("%s: variant_of %s is not a positive original" % (rid, r.get("variant_of")))
            continue
        if kind not in KINDS:
            err("%s: variant_kind %s" % (rid, kind))
            continue
        per_family[r["family"]].append(kind)
        want_allowed = list(o["expect"]["allowed"])
        if kind == "caps" and HAS not in o["expect"]["rules"] + want_allowed:
            want_allowed.append(HAS)
        if (r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]
                or sorted(r["expect"]["allowed"]) != sorted(want_allowed)):
            err("%s: labels differ from original %s" % (rid, o["id"]))
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                err("%s: %s differs from original" % (rid, f))
        if r["text"] == o["text"] or not shows(kind, r["text"]) or shows(kind, o["text"]):
            err("%s: does not show its %s obfuscation" % (rid, kind))
    for fam in FAMILIES:
        if sorted(per_family[fam]) != sorted(KINDS):
            err("%s: variant kinds %s" % (fam, sorted(per_family[fam])))

    # counts
    c = collections.Counter()
    for r in rows:
        if r.get("kind_of_row") == "positive":
            c[("original", r.get("family"))] += 1
        elif r.get("kind_of_row") == "hard_negative":
            m3 = re.match(r"HN([1-6])", r.get("note", ""))
            c[("hn", m3.group(1) if m3 else "?")] += 1
    for fam in FAMILIES:
        if c[("original", fam)] < MIN["original"]:
            err("%s: %d originals" % (fam, c[("original", fam)]))
    hn = sum(v for k, v in c.items() if k[0] == "hn")
    if hn < MIN["hard_negative"]:
        err("%d hard negatives" % hn)
    for g in "123456":
        if c[("hn", g)] < MIN["hn_group"]:
            err("HN%s: %d rows" % (g, c[("hn", g)]))
    if len(rows) < MIN["total"]:
        err("%d rows" % len(rows))

    # ids cited in the README exist
    if "README.md" in present:
        for cited in re.findall(r"%s-\d{4}" % SET, open(os.path.join(HERE, "README.md"), encoding="utf-8").read()):
            if cited not in by_id:
                err("README.md cites missing %s" % cited)

    # no absolute paths in the folder's files
    for f in sorted(present & FILES):
        text = open(os.path.join(HERE, f), encoding="utf-8").read()
        if re.search(r"(?<![\w.~])/(?:work|home|root|tmp|Users|mnt|srv|opt|var)/", text) \
                or re.search(r"\b[A-Z]:\\\\", text):
            err("%s: contains an absolute path" % f)

    if errors:
        for e in errors[:200]:
            print(e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
