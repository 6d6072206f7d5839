"""Row functions for the hand-written rows of set b119.

P(...) writes a positive row, H(...) a hard negative. Rule ids are written
with the short codes below. Notes may cite another row as [[key]]; build.py
turns the key into the row's id.
"""

CODES = {
    "pa": "respect.personal-attack",
    "al": "respect.abusive-language",
    "bi": "bullying.intimidation",
    "eq": "equality.discrimination",
    "off": "officers.impartiality",
    "conf": "confidentiality.disclosure",
    "ins": "confidentiality.insider-advantage",
    "dp": "data-protection.personal-data",
    "pre": "predetermination.closed-mind",
    "cv": "capacity.council-voice",
    "res": "resources.political-use",
    "adv": "position.improper-advantage",
    "int": "interests.declared-interest",
    "gift": "gifts.hospitality",
    "df": "defamation.allegation",
    "copy": "copyright.third-party-content",
    "haste": "haste.pause-before-posting",
    "meet": "meetings.during-meeting",
    "sec": "security.credentials",
    "irony": "tone.irony-risk",
    "assoc": "association.endorsed-content",
}


def ids(codes):
    return [CODES[c] for c in codes.split()] if codes else []


def P(key, fam, verdict, rules, allowed, text, note, author=None, date=None,
      platform=None, targets=()):
    """A positive row. fam is a short code (pa, al, bi, eq, df)."""
    return {
        "key": key, "kind_of_row": "positive", "family": CODES[fam],
        "rules": ids(rules), "allowed": ids(allowed), "verdict": verdict,
        "text": text, "note": note, "author": author, "date": date,
        "platform": platform, "targets": list(targets),
    }


def H(key, group, allowed, text, note, author=None, date=None, platform=None,
      targets=()):
    """A hard negative. group is HN1 ... HN6; the note gets the tag."""
    return {
        "key": key, "kind_of_row": "hard_negative", "family": "hard_negative",
        "rules": [], "allowed": ids(allowed), "verdict": "ok",
        "text": text, "note": group + " " + note, "author": author,
        "date": date, "platform": platform, "targets": list(targets),
    }
