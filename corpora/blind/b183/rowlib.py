"""Helpers shared by the hand-written row files of blind set b183.

A row is a dict. Rows are written with three helpers:
  P(key, family, text, note, verdict, ...)   a positive
  H(key, family, text, note, allowed=...)    a hard negative (near miss of `family`)
  F(key, text, note)                         a filler
`key` is a short hand-given name; notes cite other rows as {key}, and build.py
replaces each with the row's id. `pool` names the councillors the script may
pick the author from (see build.py POOLS; "A&B" intersects, "A-B" removes);
`author` fixes the author by hand. `when` is a date "YYYY-MM-DD" or a pair
(first, last) of dates; the script picks a weekday and a time 08:00-18:59 GMT.
"""

FAM = {
    "OFF": "officers.impartiality",
    "RES": "resources.political-use",
    "POS": "position.improper-advantage",
    "GIF": "gifts.hospitality",
    "CAP": "capacity.council-voice",
    "INS": "confidentiality.insider-advantage",
    "PRE": "predetermination.closed-mind",
    "INT": "interests.declared-interest",
    "DAT": "data-protection.personal-data",
    "SEC": "security.credentials",
    "DIS": "confidentiality.disclosure",
    "TON": "tone.irony-risk",
    # rules that may only appear in `allowed`
    "ATT": "respect.personal-attack",
    "ABU": "respect.abusive-language",
    "BUL": "bullying.intimidation",
    "DEF": "defamation.allegation",
    "HAS": "haste.pause-before-posting",
    "MEE": "meetings.during-meeting",
    "COP": "copyright.third-party-content",
    "EQU": "equality.discrimination",
}


def _ids(xs):
    return [FAM[x] for x in xs]


def P(key, family, text, note, verdict="review", also=(), allowed=(), pool="ANY",
      author=None, when=None, interest=None, platform=None):
    """A positive: expects its family (and any rules in `also`)."""
    return {
        "key": key, "text": text, "family": FAM[family], "kind_of_row": "positive",
        "rules": _ids((family,) + tuple(also)), "allowed": _ids(allowed),
        "verdict": verdict, "note": note, "pool": pool, "author": author,
        "when": when, "interest": interest, "platform": platform,
    }


def H(key, family, text, note, allowed=(), pool="ANY", author=None, when=None,
      platform=None):
    """A hard negative: a near miss of `family`; expects nothing."""
    return {
        "key": key, "text": text, "family": FAM[family], "kind_of_row": "hard_negative",
        "rules": [], "allowed": _ids(allowed), "verdict": "ok", "note": note,
        "pool": pool, "author": author, "when": when, "interest": None,
        "platform": platform, "near_miss_of": FAM[family],
    }


def F(key, text, note, pool="ANY", author=None, when=None, platform=None):
    """A filler: ordinary councillor post; expects and allows nothing."""
    return {
        "key": key, "text": text, "family": None, "kind_of_row": "filler",
        "rules": [], "allowed": [], "verdict": "ok", "note": note, "pool": pool,
        "author": author, "when": when, "interest": None, "platform": platform,
    }
