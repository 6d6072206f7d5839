"""Functions for the hand-written rows of set b122 (Brantmere District Council).

Each rows_*.py module builds a list ROWS with P() (positive originals) and
H() (hard negatives). Rule aliases are expanded to full rule ids here.
"""

ALIAS = {
    "pa": "respect.personal-attack",
    "ab": "respect.abusive-language",
    "bu": "bullying.intimidation",
    "eq": "equality.discrimination",
    "de": "defamation.allegation",
    "of": "officers.impartiality",
    "dp": "data-protection.personal-data",
    "pr": "predetermination.closed-mind",
    "ir": "tone.irony-risk",
    "ha": "haste.pause-before-posting",
    "me": "meetings.during-meeting",
    "se": "security.credentials",
    "ia": "position.improper-advantage",
    "gi": "gifts.hospitality",
    "cv": "capacity.council-voice",
    "co": "confidentiality.disclosure",
    "ii": "interests.declared-interest",
}

FAMILY = {
    "pa": "respect.personal-attack",
    "ab": "respect.abusive-language",
    "bu": "bullying.intimidation",
    "eq": "equality.discrimination",
    "de": "defamation.allegation",
}


def _rules(s):
    return [ALIAS[a] for a in s.split()] if s else []


def P(key, text, rules, allowed="", verdict="review", note="", **kw):
    fam = FAMILY[key[:2]]
    return dict(key=key, text=text, rules=_rules(rules), allowed=_rules(allowed),
                verdict=verdict, family=fam, kind_of_row="positive", note=note,
                author=kw.get("author"), date=kw.get("date"), plat=kw.get("plat"))


def H(key, text, allowed="", note="", **kw):
    return dict(key=key, text=text, rules=[], allowed=_rules(allowed),
                verdict="ok", family="hard_negative", kind_of_row="hard_negative",
                note=note, author=kw.get("author"), date=kw.get("date"),
                plat=kw.get("plat"))
