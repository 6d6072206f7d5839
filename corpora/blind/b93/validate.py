#!/usr/bin/env python3
"""Check blind evaluation set b93 and print OK (or the problems found).

Finds RULES.md by walking up from this folder to shared/design/RULES.md; if there is none,
uses the built-in copy of the rule ids and severities below.
"""
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEV = ["ok", "advice", "review", "block"]

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

FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
VARIANT_KINDS = {"asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"}
HASTE = "haste.pause-before-posting"
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "kind_of_row", "note"]


def load_rules():
    for d in [HERE, *HERE.parents]:
        f = d / "shared" / "design" / "RULES.md"
        if f.is_file():
            rules = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                if "same as the amplified rule" in cells[-1]:
                    sev = {"advice", "review", "block"}
                rules[m.group(1)] = sev
            if rules:
                return rules, "RULES.md"
    return BUILTIN, "built-in copy"


def load_handles():
    text = (HERE / "council.toml").read_text(encoding="utf-8")
    try:
        import tomllib
        data = tomllib.loads(text)
        councillors = set(data["people"]["councillors"])
        handles = {h: n for h, n in data["people"]["handles"].items() if n in councillors}
    except ImportError:
        handles = dict(re.findall(r'^"(@\w+)"\s*=\s*"([^"]+)"', text, re.M))
        handles.pop("@AlderholmDC", None)
    return handles


def main():
    errs = []
    rules, rules_src = load_rules()
    handles = load_handles()
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: does not parse ({e})")
    by_id = {}
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"B93-\d{4}", rid):
            errs.append(f"bad id {rid!r}")
        if rid in by_id:
            errs.append(f"duplicate id {rid}")
        by_id[rid] = r
        for f in FIELDS:
            if f not in r:
                errs.append(f"{rid}: missing {f}")
        if errs and errs[-1].startswith(f"{rid}: missing"):
            continue
        if r["author"] not in handles:
            errs.append(f"{rid}: author {r['author']} is not a councillor handle")
        if r["platform"] not in {"x", "facebook", "bluesky"}:
            errs.append(f"{rid}: platform {r['platform']}")
        if r["account"] != "councillor" or r["kind"] != "post":
            errs.append(f"{rid}: account/kind")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\+00:00", r["created_at"])
        if not m:
            errs.append(f"{rid}: timestamp format {r['created_at']}")
        else:
            t = dt.datetime.fromisoformat(m.group(1))
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)) or t.weekday() > 4 \
                    or not (8 <= t.hour <= 18):
                errs.append(f"{rid}: timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        exp = r["expect"]
        er, al, v = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        for rule in er + al:
            if rule not in rules:
                errs.append(f"{rid}: unknown rule {rule}")
        if set(er) & set(al):
            errs.append(f"{rid}: rule both expected and allowed: {set(er) & set(al)}")
        if len(set(er)) != len(er) or len(set(al)) != len(al):
            errs.append(f"{rid}: duplicate rule ids")
        if v not in SEV:
            errs.append(f"{rid}: verdict {v}")
            continue
        kor, fam, note = r["kind_of_row"], r["family"], r["note"]
        if kor == "hard_negative":
            if er or v != "ok" or fam != "hard_negative":
                errs.append(f"{rid}: hard negative must expect nothing and verdict ok")
            if not re.match(r"^HN[1-6] ", note) or len(re.findall(r"\bHN\d\b", note)) != 1:
                errs.append(f"{rid}: hard negative note needs exactly one HN tag at the start")
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES or fam not in er:
                errs.append(f"{rid}: family {fam} not expected")
            if v == "ok":
                errs.append(f"{rid}: positive with verdict ok")
            if re.match(r"^HN\d", note):
                errs.append(f"{rid}: positive note starts with an HN tag")
            lo = max(SEV.index(min(rules[x], key=SEV.index)) for x in er if x in rules)
            hi = max(SEV.index(max(rules[x], key=SEV.index)) for x in er if x in rules)
            if not (lo <= SEV.index(v) <= hi) or v not in rules[fam]:
                errs.append(f"{rid}: verdict {v} does not fit the severities of {er}")
            base = re.sub(r"^Variant \([a-z_]+\) of B93-\d{4}: [^.]*\. ", "", note)
            if fam == "bullying.intimidation" and not re.match(r"^\[(explicit|veiled|pressure)\] ", base):
                errs.append(f"{rid}: bullying note needs [explicit], [veiled] or [pressure]")
            if fam == "equality.discrimination" and not re.match(r"^\[(explicit|coded); [^\]]+\] ", base):
                errs.append(f"{rid}: equality note needs [explicit; ...] or [coded; ...]")
            name = handles.get(r["author"], "")
            if r["author"] in r["text"] or (name and name in r["text"]):
                errs.append(f"{rid}: author is named in their own abusive post")
        else:
            errs.append(f"{rid}: kind_of_row {kor}")
        if kor == "variant":
            o = by_id.get(r.get("variant_of"))
            if r.get("variant_kind") not in VARIANT_KINDS:
                errs.append(f"{rid}: variant_kind {r.get('variant_kind')}")
        elif "variant_of" in r or "variant_kind" in r:
            errs.append(f"{rid}: variant fields on a non-variant")
        # phone numbers and emails
        for ph in re.findall(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b", r["text"]):
            digits = ph.replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                errs.append(f"{rid}: phone number outside the drama ranges: {ph}")
        for em in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", r["text"]):
            if not em.lower().endswith("example.com"):
                errs.append(f"{rid}: email not on example.com: {em}")

    # variants against their originals
    kinds_by_family = collections.defaultdict(list)
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid, o = r["id"], by_id.get(r.get("variant_of"))
        if not o or o.get("kind_of_row") != "positive":
            errs.append(f"{rid}: variant_of {r.get('variant_of')} is not a positive")
            continue
        kind = r["variant_kind"]
        kinds_by_family[r["family"]].append(kind)
        want_allowed = list(o["expect"]["allowed"]) + ([HASTE] if kind == "caps" else [])
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"] \
                or r["expect"]["allowed"] != want_allowed:
            errs.append(f"{rid}: labels differ from original {o['id']}")
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                errs.append(f"{rid}: {f} differs from original {o['id']}")
        t, ot = r["text"], o["text"]
        if t == ot:
            errs.append(f"{rid}: variant text equals original")
        ok = {
            "asterisk": t.count("*") > ot.count("*"),
            "digit": len(re.findall(r"\d", t)) > len(re.findall(r"\d", ot)),
            "zero_width": "\u200b" in t and t.replace("\u200b", "") == ot,
            "spaced": re.search(r"\b(\w ){3,}\w\b", t) is not None,
            "homoglyph": re.search("[\u0400-\u04ff]", t) is not None,
            "caps": t == " ".join(w if w.startswith("@") else w.upper() for w in ot.split(" ")),
        }.get(kind, False)
        if not ok:
            errs.append(f"{rid}: text does not show a {kind} obfuscation of {o['id']}")
    for fam in FAMILIES:
        if sorted(kinds_by_family[fam]) != sorted(VARIANT_KINDS):
            errs.append(f"{fam}: variants should be one of each kind, got {sorted(kinds_by_family[fam])}")

    # counts
    c = collections.Counter((r.get("kind_of_row"), r.get("family")) for r in rows)
    for fam in FAMILIES:
        if c[("positive", fam)] < 30:
            errs.append(f"{fam}: only {c[('positive', fam)]} originals")
    hn = [r for r in rows if r.get("kind_of_row") == "hard_negative"]
    groups = collections.Counter(r["note"][:3] for r in hn)
    if len(hn) < 120:
        errs.append(f"only {len(hn)} hard negatives")
    for g in ("HN1", "HN2", "HN3", "HN4", "HN5", "HN6"):
        if groups[g] < 18:
            errs.append(f"{g}: only {groups[g]} hard negatives")
    if not 320 <= len(rows) <= 340:
        errs.append(f"{len(rows)} posts, expected 320-340")

    # no absolute paths or machine names in the folder's files
    abs_pat = re.compile("(?:" + "|".join([r"/" + "work/", r"/" + "home/", r"/" + "Users/",
                                           r"/" + "tmp/", r"[A-Za-z]:" + r"\\\\"]) + ")")
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in {".py", ".md", ".toml", ".jsonl"}:
            if abs_pat.search(f.read_text(encoding="utf-8")):
                errs.append(f"{f.name}: contains an absolute path")

    if errs:
        for e in errs:
            print(e)
        print(f"{len(errs)} problem(s) (rules from {rules_src})")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
