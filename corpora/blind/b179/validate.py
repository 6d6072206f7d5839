#!/usr/bin/env python3
"""Check posts.jsonl of blind set b179 against its conventions. Prints OK."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "B179"
TZ = ZoneInfo("Europe/London")
START, END = dt.date(2026, 2, 2), dt.date(2026, 4, 24)
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HASTE = "haste.pause-before-posting"
MIN_POSITIVES, MIN_HN, MIN_TOTAL = 34, 22, 330
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]

# Used only when shared/design/RULES.md cannot be found above this folder.
BUILTIN_RULES = {
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

# Short names and role words, besides full name, first name, surname and handle.
EXTRA_NAMES = {
    "Gillian Scrimshaw": [r"gill", r"(?:the|council) leader(?! of the opposition)", r"leader of the council"],
    "Trevor Odling": [r"trev", r"deputy leader", r"cabinet member for finance"],
    "Maureen Dring": [r"cabinet member for (?:coastal economy|tourism)", r"tourism portfolio"],
    "Colin Frisby": [r"cabinet member for housing"],
    "Kerry Haxby": [r"cabinet member for communities", r"communities portfolio"],
    "Stuart Cammack": [r"stu", r"chair(?:man)? of planning"],
    "Brenda Epton": [r"the chairman(?! of)", r"chairman of the council"],
    "Arnold Tuxworth": [r"arnie"],
    "Ashley Pell": [r"ash"],
    "Ruth Brackenbury": [r"leader of the opposition"],
    "Tomas Jankauskas": [r"chair of (?:overview and )?scrutiny"],
    "Vincent Ho": [r"vince"],
    "Neville Bratley": [r"nev"],
    "Derek Sowerby": [r"chair of the (?:gullsby )?pier trust"],
}

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def rule_table():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 5 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    rules[cells[0]] = cells[-1]
            if rules:
                break
    else:
        rules = BUILTIN_RULES
    sev = {}
    for rid, col in rules.items():
        levels = {w for w in ("advice", "review", "block") if w in col}
        sev[rid] = levels or {"advice", "review", "block"}
    return sev


def word_re(w):
    return re.compile(r"(?<![\w@])" + w + r"(?!\w)", re.I)


ZWSP = "\u200b"
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
CYRILLIC = {"o": "\u043e", "e": "\u0435", "a": "\u0430"}


def change_word(word, kind):
    try:
        if kind == "asterisk":
            i = next(i for i in range(1, len(word)) if word[i].lower() in "aeiou")
            return word[:i] + "*" + word[i + 1:]
        if kind == "digit":
            i = next(i for i in range(1, len(word)) if word[i].lower() in DIGITS)
            return word[:i] + DIGITS[word[i].lower()] + word[i + 1:]
        if kind == "zero_width":
            return word[:len(word) // 2] + ZWSP + word[len(word) // 2:]
        if kind == "spaced":
            return " ".join(word)
        if kind == "homoglyph":
            i = next(i for i in range(1, len(word)) if word[i] in CYRILLIC)
            return word[:i] + CYRILLIC[word[i]] + word[i + 1:]
    except StopIteration:
        return None


def shows_kind(original, variant, kind):
    """True if the variant is the original with one word obfuscated, every occurrence."""
    if kind == "caps":
        want = re.sub(r"\S+", lambda m: m.group(0) if m.group(0).startswith(("@", "http")) else m.group(0).upper(), original)
        return variant == want and variant != original
    for word in {w.lower() for w in re.findall(r"[A-Za-z]{3,}", original)}:
        pat = re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", re.I)
        ok = True

        def sub(m):
            nonlocal ok
            c = change_word(m.group(0), kind)
            if c is None:
                ok = False
                return m.group(0)
            return c
        if ok and pat.sub(sub, original) == variant and variant != original:
            return True
    return False


def main():
    sev = rule_table()
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    people = cfg["people"]
    councillors = people["councillors"]
    handles = {h: n for h, n in people["handles"].items() if n in councillors}
    own_handles = defaultdict(list)
    for h, n in handles.items():
        own_handles[n].append(h)
    if cfg["council"].get("code") != "bexley" or cfg["council"].get("timezone") != "Europe/London":
        err("council.toml: code must be bexley and timezone Europe/London")

    def named(text):
        out = set()
        for name in councillors:
            pats = [re.escape(name), re.escape(name.split()[0]), re.escape(name.split()[-1])] + EXTRA_NAMES.get(name, [])
            if any(word_re(p).search(text) for p in pats) or any(
                    re.search(re.escape(h) + r"(?!\w)", text, re.I) for h in own_handles[name]):
                out.add(name)
        return out

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: does not parse ({e})")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("ids are not unique")
    if ids != [f"{PREFIX}-{i:04d}" for i in range(1, len(rows) + 1)]:
        err(f"ids are not {PREFIX}-0001 onwards in order")
    by_id = {r.get("id"): r for r in rows}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    counts = Counter()
    variant_kinds = defaultdict(list)
    for r in rows:
        rid = r.get("id")
        missing = [k for k in required if k not in r]
        if missing:
            err(f"{rid}: missing {missing}")
            continue
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            err(f"{rid}: expect must have rules, allowed, verdict")
            continue
        text, note, kor, fam = r["text"], r["note"], r["kind_of_row"], r["family"]
        if not text.strip():
            err(f"{rid}: empty text")
        if r["author"] not in handles:
            err(f"{rid}: author {r['author']} is not a councillor handle in council.toml")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform {r['platform']}")
        if r["account"] != "councillor" or r["kind"] != "post":
            err(f"{rid}: account must be councillor and kind post")
        if kor != "variant" and r["platform"] == "x" and len(text) > 280:
            err(f"{rid}: over 280 characters on x")
        # timestamp
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            local = t.astimezone(TZ)
            if t.utcoffset() != local.utcoffset():
                err(f"{rid}: offset {t.utcoffset()} is not Europe/London's")
            if local.weekday() > 4 or not (8 <= local.hour <= 18) or not (START <= local.date() <= END):
                err(f"{rid}: {r['created_at']} is not a weekday 08:00-18:59 between {START} and {END}")
        except (ValueError, TypeError):
            err(f"{rid}: bad created_at {r['created_at']!r}")
        # rules
        rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for x in rules + allowed:
            if x not in sev:
                err(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule ids")
        if set(rules) & set(allowed):
            err(f"{rid}: {set(rules) & set(allowed)} both expected and allowed")
        if verdict not in LEVEL:
            err(f"{rid}: verdict {verdict}")
            continue
        if rules and all(x in sev for x in rules):
            lo = max(min(LEVEL[s] for s in sev[x]) for x in rules)
            hi = max(max(LEVEL[s] for s in sev[x]) for x in rules)
            if not lo <= LEVEL[verdict] <= hi:
                err(f"{rid}: verdict {verdict} does not fit {rules}")
        # kind of row
        if kor == "hard_negative":
            counts["hn"] += 1
            if fam != "hard_negative":
                err(f"{rid}: hard negative family must be hard_negative")
            if rules or verdict != "ok":
                err(f"{rid}: hard negative must expect nothing, verdict ok")
            m = re.match(r"HN([1-6]): ", note)
            if not m or len(re.findall(r"\bHN[1-6]:", note)) != 1:
                err(f"{rid}: hard negative note needs exactly one HN tag at the start")
            else:
                counts[f"HN{m.group(1)}"] += 1
            continue
        if fam not in FAMILIES:
            err(f"{rid}: family {fam}")
            continue
        if fam not in rules:
            err(f"{rid}: family rule {fam} not expected")
        if fam == "bullying.intimidation":
            m = re.match(r"\[(explicit|veiled|pressure)\] ", note)
            if not m:
                err(f"{rid}: bullying note needs [explicit], [veiled] or [pressure]")
            elif kor == "positive":
                counts["bi:" + m.group(1)] += 1
        if fam == "equality.discrimination":
            m = re.match(r"\[(explicit|coded); (" + "|".join(CHARACTERISTICS) + r")\] ", note)
            if not m:
                err(f"{rid}: equality note needs [explicit|coded; characteristic]")
            elif kor == "positive":
                counts["eq:" + m.group(1)] += 1
                counts["eqc:" + m.group(2)] += 1
        author_name = handles.get(r["author"])
        if kor == "positive":
            counts["pos:" + fam] += 1
            counts["verdict:" + verdict] += 1
            if author_name in named(text):
                err(f"{rid}: written by {author_name}, whom it names")
        elif kor == "variant":
            counts["var:" + fam] += 1
            o = by_id.get(r.get("variant_of"))
            kind = r.get("variant_kind")
            if not o or o.get("kind_of_row") != "positive":
                err(f"{rid}: variant_of must be a positive row")
                continue
            if kind not in KINDS:
                err(f"{rid}: variant_kind {kind}")
                continue
            variant_kinds[fam].append(kind)
            want_allowed = o["expect"]["allowed"] + ([HASTE] if kind == "caps" and HASTE not in o["expect"]["allowed"] else [])
            if (rules != o["expect"]["rules"] or verdict != o["expect"]["verdict"]
                    or sorted(allowed) != sorted(want_allowed) or fam != o["family"]
                    or r["author"] != o["author"] or r["platform"] != o["platform"]):
                err(f"{rid}: labels, family, author or platform differ from {o['id']}")
            if not shows_kind(o["text"], text, kind):
                err(f"{rid}: text is not {o['id']} with one word made {kind}")
        else:
            err(f"{rid}: kind_of_row {kor}")
        # notes cite existing ids
    for r in rows:
        for cited in re.findall(PREFIX + r"-\d{4}", r.get("note", "")):
            if cited not in by_id:
                err(f"{r.get('id')}: note cites missing {cited}")
            if cited == r.get("id"):
                err(f"{r.get('id')}: note cites itself")
        text = r.get("text", "")
        for m in re.finditer(r"\+?\d[\d \-]{8,}\d", text):
            digits = re.sub(r"\D", "", m.group(0))
            if len(digits) >= 10 and not re.fullmatch(r"(?:0|44)(?:7700900|1632960)\d{3}", digits):
                err(f"{r.get('id')}: phone number {m.group(0)} outside the drama ranges")
        for m in re.finditer(r"(?<![\w@])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() not in ("example.com", "example.net", "example.org"):
                err(f"{r.get('id')}: email domain {m.group(1)}")
        for m in re.finditer(r"https?://([^/\s]+)", text):
            if not re.search(r"(?:^|\.)example\.(?:com|net|org)$", m.group(1).lower()):
                err(f"{r.get('id')}: link domain {m.group(1)}")
    # counts
    for fam in FAMILIES:
        if counts["pos:" + fam] < MIN_POSITIVES:
            err(f"{fam}: {counts['pos:' + fam]} originals, want {MIN_POSITIVES}")
        if sorted(variant_kinds[fam]) != sorted(KINDS):
            err(f"{fam}: variants {sorted(variant_kinds[fam])}, want one of each kind")
    for g in range(1, 7):
        if counts[f"HN{g}"] < MIN_HN:
            err(f"HN{g}: {counts[f'HN{g}']} rows, want {MIN_HN}")
    if len(rows) < MIN_TOTAL:
        err(f"{len(rows)} rows, want at least {MIN_TOTAL}")
    # the folder: no absolute paths, no caches
    abs_path = re.compile("(?<![\\w.])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "tm" + "p", "Us" + "ers", "ro" + "ot", "mn" + "t"]) + ")/|[A-Za-z]:" + "\\\\" + "[A-Za-z]")
    for p in sorted(HERE.rglob("*")):
        if p.is_dir() and p.name == "__pycache__":
            err(f"{p.relative_to(HERE)}: remove caches from the folder")
        if p.is_file() and "__pycache__" not in p.parts:
            try:
                body = p.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            if abs_path.search(body):
                err(f"{p.relative_to(HERE)}: contains an absolute path")
    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        sys.exit(1)
    if "-v" in sys.argv:
        for k, v in sorted(counts.items()):
            print(f"{k}: {v}")
    print("OK")


if __name__ == "__main__":
    main()
