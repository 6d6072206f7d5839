#!/usr/bin/env python3
"""Check blind set b164 (standard library only). Prints OK when every check passes.

Finds shared/design/RULES.md by walking up from this folder; without it, uses
the built-in copy of the rule severities below.
"""
import datetime
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B164"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
HASTE = "haste.pause-before-posting"
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# Built-in copy: rule id -> (lowest, highest) severity.
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
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex",
                   "sexual orientation"]
PLATFORMS = {"x", "facebook", "bluesky"}
FIRST_DAY = datetime.date(2026, 1, 12)
LAST_DAY = datetime.date(2026, 3, 27)
EXPECTED_FILES = {"posts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}
HN_COUNTS = {"HN1": 28, "HN2": 28, "HN3": 28, "HN4": 27, "HN5": 27, "HN6": 27}
VARIANT_KINDS = {"asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"}
# Drama ranges (Ofcom): prefixes of the digits, each followed by three more digits.
DRAMA = ["07700900", "01632960", "02079460", "01134960", "01164960", "01314960", "01514960",
         "01614960", "01174960", "01184960", "01914980", "02890180", "02920180", "08081570",
         "09098790", "03069990"]

# Kept in step with build.py: party, extra names and role phrases of each councillor.
ROSTER = {
    "Margaret Thurlow": ("Estuary Alliance", ["Peggy", "Margaret", "Thurlow"],
                         [r"\bthe Leader\b(?! of the (?:Opposition|Working|Heath|Village))",
                          r"\bLeader of the Council\b", r"\bour Leader\b"]),
    "Julian Askew": ("Estuary Alliance", ["Julian", "Askew"],
                     [r"\bDeputy Leader\b", r"\bCabinet Member for Finance\b", r"\bfinance portfolio\b"]),
    "Colin Brundish": ("Estuary Alliance", ["Colin", "Brundish"],
                       [r"\bCabinet Member for Coast", r"\bharbours portfolio\b"]),
    "Rosalind Fairweather": ("Estuary Alliance", ["Rosalind", "Ros", "Fairweather"],
                             [r"\b[Cc]hair of [Pp]lanning\b", r"\b[Pp]lanning [Cc]hair\b"]),
    "Geoffrey Pask": ("Estuary Alliance", ["Geoffrey", "Geoff", "Pask"], [r"\bChairman\b"]),
    "Sandra Kettle": ("Estuary Alliance", ["Sandra", "Kettle"], []),
    "Nigel Goddard": ("Estuary Alliance", ["Nigel", "Goddard"], []),
    "Grace Leung": ("Estuary Alliance", ["Grace", "Leung"],
                    [r"\bCabinet Member for Tourism\b", r"\bon cabinet\b"]),
    "Tobias Wren": ("Estuary Alliance", ["Tobias", "Toby", "Wren"], []),
    "Graham Knights": ("Estuary Alliance", ["Graham", "Knights"], [r"\bCabinet Member for Housing\b"]),
    "Anjali Mistry": ("Estuary Alliance", ["Anjali", "Mistry"], [r"\bCabinet Member for Communities\b"]),
    "Dawn Catchpole": ("Working Coast", ["Dawn", "Catchpole"], [r"\bLeader of the Opposition\b"]),
    "Kwame Asante-Boyd": ("Working Coast", ["Kwame", "Asante-Boyd", "Asante-Boyds"], []),
    "Lorna Gooding": ("Working Coast", ["Lorna", "Gooding"], []),
    "Ryan Scarfe": ("Working Coast", ["Ryan", "Scarfe"], []),
    "Marta Wiśniewska": ("Working Coast", ["Marta", "Wiśniewska"], []),
    "Owen Pridmore": ("Working Coast", ["Owen", "Pridmore"], [r"\b[Cc]hair of [Ss]crutiny\b"]),
    "Fern Ashdown": ("Heath Greens", ["Fern", "Ashdown"], []),
    "Jonah Levy": ("Heath Greens", ["Jonah", "Levy"], []),
    "Robyn Haddow": ("Heath Greens", ["Robyn", "Haddow"], []),
    "Callie Brame": ("Heath Greens", ["Callie", "Brame"], []),
    "Bernard Feltwell": ("Village Independents", ["Bunny", "Bernard", "Feltwell"], []),
    "Hilary Blowers": ("Village Independents", ["Hilary", "Blowers"], []),
    "Tariq Chaudhry": ("Village Independents", ["Tariq", "Chaudhry"], []),
    "Joy Fiddes": ("Village Independents", ["Joy", "Fiddes"], []),
    "Shane Dunnett": ("Ketchley First", ["Shane", "Dunnett"], []),
    "Lee Cattermole": ("Ketchley First", ["Lee", "Cattermole"], []),
    "Patsy Loveridge": ("Independent", ["Patsy", "Loveridge"], []),
}

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load_severities():
    for base in [HERE] + list(HERE.parents):
        path = base / "shared" / "design" / "RULES.md"
        if path.is_file():
            sev = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                words = re.findall(r"\b(advice|review|block)\b", cells[-1])
                if words:
                    sev[cells[0]] = (min(words, key=LEVEL.get), max(words, key=LEVEL.get))
                else:
                    sev[cells[0]] = ("advice", "block")
            if sev:
                return sev
    return dict(BUILTIN)


def named_people(text, handles):
    found = set()
    for name, (_party, extra, roles) in ROSTER.items():
        if any(re.search(r"(?<![\w@])" + re.escape(w) + r"(?![\w])", text) for w in [name] + extra):
            found.add(name)
        elif any(re.search(p, text) for p in roles):
            found.add(name)
    for h, person in handles.items():
        if person in ROSTER and re.search(re.escape(h) + r"(?!\w)", text, re.IGNORECASE):
            found.add(person)
    return found


def caps_of(text):
    parts = re.split(r"(@\w+|\b[\w.]+\.(?:org|com|net)\S*)", text)
    return "".join(p if i % 2 else p.upper() for i, p in enumerate(parts))


def shows_kind(kind, text, orig):
    if text == orig:
        return False
    if kind == "asterisk":
        return len(text) == len(orig) and "*" in text and all(
            a == b or a == "*" for a, b in zip(text, orig))
    if kind == "digit":
        return len(text) == len(orig) and all(
            a == b or (a.isdigit() and b.isalpha()) for a, b in zip(text, orig))
    if kind == "zero_width":
        return "\u200b" in text and text.replace("\u200b", "") == orig
    if kind == "spaced":
        return (re.search(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_]", text) is not None
                and text.replace(" ", "") == orig.replace(" ", ""))
    if kind == "homoglyph":
        back = {"\u043e": "o", "\u0435": "e", "\u0430": "a", "\u0441": "c", "\u0440": "p",
                "\u0456": "i", "\u041e": "O", "\u0415": "E", "\u0410": "A", "\u0421": "C"}
        return any(ch in back for ch in text) and "".join(back.get(c, c) for c in text) == orig
    if kind == "caps":
        return text == caps_of(orig)
    return False


def main():
    sev = load_severities()
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    people = cfg.get("people", {})
    handles = people.get("handles", {})
    councillors = set(people.get("councillors", []))
    if councillors != set(ROSTER):
        err("council.toml councillors differ from the roster in validate.py")
    for key in cfg:
        if key not in {"council", "people", "self", "registers"}:
            err("council.toml: unknown table " + key)

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d does not parse: %s" % (n, e))
    by_id = {}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        for f in required:
            if f not in r:
                err("%s: missing %s" % (rid, f))
        if rid != "%s-%04d" % (SET, i):
            err("id %r out of sequence at line %d" % (rid, i))
        if rid in by_id:
            err("duplicate id " + str(rid))
        by_id[rid] = r
    if ERRORS:
        return

    for r in rows:
        rid, text, exp = r["id"], r["text"], r["expect"]
        if not isinstance(text, str) or not text.strip():
            err(rid + ": empty text")
        person = handles.get(r["author"])
        if person not in councillors:
            err(rid + ": author is not a councillor handle: " + r["author"])
        if r["platform"] not in PLATFORMS:
            err(rid + ": platform " + r["platform"])
        if r["account"] != "councillor" or r["kind"] != "post":
            err(rid + ": account/kind")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            err(rid + ": created_at format " + r["created_at"])
        else:
            day = datetime.date.fromisoformat(m.group(1))
            if day.weekday() > 4 or not (FIRST_DAY <= day <= LAST_DAY) or not 8 <= int(m.group(2)) <= 18:
                err(rid + ": created_at outside weekdays 08:00-18:59 in range: " + r["created_at"])
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list) or verdict not in LEVEL:
            err(rid + ": expect malformed")
            continue
        for rule in rules + allowed:
            if rule not in sev:
                err(rid + ": unknown rule " + rule)
        if set(rules) & set(allowed):
            err(rid + ": rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(rid + ": duplicate rule")
        if rules:
            lo = max(LEVEL[sev.get(x, ("advice", "block"))[0]] for x in rules)
            hi = max(LEVEL[sev.get(x, ("advice", "block"))[1]] for x in rules)
            if not lo <= LEVEL[verdict] <= hi:
                err(rid + ": verdict %s does not fit %s" % (verdict, rules))
        elif verdict != "ok":
            err(rid + ": no rules but verdict " + verdict)
        fam, kind = r["family"], r["kind_of_row"]
        note = r["note"]
        if kind == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                err(rid + ": hard negative must expect nothing")
            if not re.match(r"HN[1-6] ", note) or len(re.findall(r"\bHN\d\b", note)) != 1:
                err(rid + ": hard negative note needs exactly one HN tag at the start")
        elif kind in ("positive", "variant"):
            if fam not in FAMILIES or fam not in rules:
                err(rid + ": family rule not expected")
            if re.search(r"\bHN\d\b", note):
                err(rid + ": HN tag on a positive")
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                err(rid + ": bullying/equality must be block")
            if kind == "positive":
                if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                    err(rid + ": bullying note tag")
                if fam == "equality.discrimination":
                    mm = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                    if not mm or mm.group(2) not in CHARACTERISTICS:
                        err(rid + ": equality note tag")
                if person in named_people(text, handles):
                    err(rid + ": positive written by the councillor it names")
        else:
            err(rid + ": kind_of_row " + kind)
        for cited in re.findall(SET + r"-\d{4}", note):
            if cited not in by_id:
                err(rid + ": note cites missing " + cited)
        # contact details
        for num in re.findall(r"(?<![\d£.,])0\d[\d ]{8,12}\d(?!\d)", text):
            digits = num.replace(" ", "")
            if not any(digits.startswith(p) and len(digits) == len(p) + 3 for p in DRAMA):
                err(rid + ": phone number outside drama ranges: " + num)
        for dom in re.findall(r"\b(?:[\w-]+\.)+(?:com|org|net|uk|io)\b", text):
            if not re.search(r"(?:^|\.)example\.(?:com|org|net)$", dom):
                err(rid + ": domain not on example.*: " + dom)

    # variants
    vkinds = {f: Counter() for f in FAMILIES}
    for r in rows:
        if r["kind_of_row"] != "variant":
            continue
        rid = r["id"]
        o = by_id.get(r.get("variant_of"))
        if o is None or o["kind_of_row"] != "positive":
            err(rid + ": variant_of must name a positive")
            continue
        k = r.get("variant_kind")
        if k not in VARIANT_KINDS:
            err(rid + ": variant_kind " + str(k))
            continue
        vkinds[r["family"]][k] += 1
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                err(rid + ": variant %s differs" % f)
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            err(rid + ": variant labels differ")
        want = set(o["expect"]["allowed"]) | ({HASTE} if k == "caps" else set())
        if set(r["expect"]["allowed"]) != want:
            err(rid + ": variant allowed differs")
        if not shows_kind(k, r["text"], o["text"]):
            err(rid + ": variant does not show its obfuscation " + k)
        if handles.get(r["author"]) in named_people(o["text"], handles):
            err(rid + ": variant written by the councillor it names")
    for f in FAMILIES:
        if set(vkinds[f]) != VARIANT_KINDS or any(v != 1 for v in vkinds[f].values()):
            err(f + ": need one variant of each kind, got " + str(dict(vkinds[f])))

    # counts
    c = Counter((r["family"], r["kind_of_row"]) for r in rows)
    for f in FAMILIES:
        if c[(f, "positive")] != 27 or c[(f, "variant")] != 6:
            err("%s: %d positives, %d variants" % (f, c[(f, "positive")], c[(f, "variant")]))
    hn = Counter(r["note"][:3] for r in rows if r["kind_of_row"] == "hard_negative")
    if dict(hn) != HN_COUNTS:
        err("hard negative groups: " + str(dict(hn)))
    if len(rows) != 330:
        err("total rows %d, want 330" % len(rows))

    # the folder
    names = {p.name for p in HERE.iterdir()}
    if names != EXPECTED_FILES:
        err("folder holds %s, want %s" % (sorted(names), sorted(EXPECTED_FILES)))
    abs_path = re.compile("(?:" + "|".join(["/" + "home/", "/" + "work/", "/" + "tmp/", "/" + "Users/",
                                            "/" + "root/", "/" + "mnt/", "[A-Z]:" + r"\\"]) + ")")
    for p in HERE.iterdir():
        if p.is_file() and abs_path.search(p.read_text(encoding="utf-8")):
            err(p.name + ": contains an absolute path")


if __name__ == "__main__":
    main()
    if ERRORS:
        for e in ERRORS[:60]:
            print("FAIL", e)
        print("%d problem(s)" % len(ERRORS))
        sys.exit(1)
    print("OK")
