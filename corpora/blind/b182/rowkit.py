# -*- coding: utf-8 -*-
"""Small helpers shared by the hand-written row files of blind set b182."""

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DE = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
DP = "data-protection.personal-data"
SC = "security.credentials"
IA = "position.improper-advantage"
PD = "predetermination.closed-mind"
ME = "meetings.during-meeting"
GI = "gifts.hospitality"


def P(key, family, text, rules, allowed, verdict, note, author=None, date=None):
    """A positive row: family is the rule the row was written for."""
    return {"key": key, "family": family, "kind_of_row": "positive", "text": text,
            "rules": list(rules), "allowed": list(allowed), "verdict": verdict,
            "note": note, "author": author, "date": date}


def H(key, group, text, allowed, note, author=None, date=None):
    """A hard negative of group HN1..HN6: expects nothing, verdict ok."""
    return {"key": key, "family": "hard_negative", "kind_of_row": "hard_negative",
            "text": text, "rules": [], "allowed": list(allowed), "verdict": "ok",
            "note": "HN%d: %s" % (group, note), "author": author, "date": date}
