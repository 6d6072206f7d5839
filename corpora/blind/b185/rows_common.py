"""Row constructors shared by the hand-written row files of blind set b185.

A row is a plain dict. Notes may cite other rows by key in braces, e.g.
"{pa02}"; build.py turns those keys into ids (B185-NNNN).
"""

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DF = "defamation.allegation"
DP = "data-protection.personal-data"
PD = "predetermination.closed-mind"
IA = "position.improper-advantage"
IR = "tone.irony-risk"
GI = "gifts.hospitality"
CO = "confidentiality.disclosure"
MT = "meetings.during-meeting"
IN = "interests.declared-interest"
SC = "security.credentials"


def P(key, family, text, rules, verdict, note, allowed=(), author=None,
      date=None, var=None):
    """A positive row. var = (variant_kind, word) asks build.py for a variant."""
    return {
        "key": key, "family": family, "kind_of_row": "positive",
        "text": text, "rules": list(rules), "allowed": list(allowed),
        "verdict": verdict, "note": note, "author": author, "date": date,
        "var": var,
    }


def H(key, group, text, note, allowed=(), author=None, date=None):
    """A hard negative: expects nothing, verdict ok, note tagged [HNn]."""
    return {
        "key": key, "family": "hard_negative", "kind_of_row": "hard_negative",
        "text": text, "rules": [], "allowed": list(allowed), "verdict": "ok",
        "note": "[HN%d] %s" % (group, note), "author": author, "date": date,
        "var": None,
    }
