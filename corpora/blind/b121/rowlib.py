"""Row constructors and rule-id constants for the hand-written rows of set b121 (used by build.py)."""

OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DP = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TONE = "tone.irony-risk"
PA = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HASTE = "haste.pause-before-posting"


def _row(kind, fam, text, note, rules, allowed, verdict, who, when, interest, author):
    return {
        "kind_of_row": kind,
        "family": fam,
        "text": text,
        "note": note,
        "rules": list(rules),
        "allowed": list(allowed),
        "verdict": verdict,
        "who": who,
        "when": when,
        "interest": interest,
        "author": author,
    }


def P(fam, verdict, text, note, rules=None, allowed=(), who="ALL", when=None,
      interest=None, author=None):
    """A positive: expects its family (and any extra rules given)."""
    return _row("positive", fam, text, note, rules or [fam], allowed, verdict,
                who, when, interest, author)


def N(fam, text, note, allowed=(), who="ALL", when=None, author=None):
    """A hard negative: a near miss of fam, expects nothing, verdict ok."""
    return _row("hard_negative", fam, text, note, [], allowed, "ok",
                who, when, None, author)


def F(text, note, who="ALL", when=None, author=None):
    """A filler: an ordinary post, expects and allows nothing."""
    return _row("filler", None, text, note, [], [], "ok", who, when, None, author)
