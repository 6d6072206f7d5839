"""Row constructors for blind set b123. Every text and label is written by hand in rows_*.py."""

FAM = {
    "off": "officers.impartiality",
    "res": "resources.political-use",
    "pos": "position.improper-advantage",
    "gift": "gifts.hospitality",
    "cap": "capacity.council-voice",
    "ins": "confidentiality.insider-advantage",
    "pre": "predetermination.closed-mind",
    "int": "interests.declared-interest",
    "dp": "data-protection.personal-data",
    "sec": "security.credentials",
    "dis": "confidentiality.disclosure",
    "tone": "tone.irony-risk",
}

# Short names for rules that may appear in `allowed` only.
OTHER = {
    "pa": "respect.personal-attack",
    "abuse": "respect.abusive-language",
    "bully": "bullying.intimidation",
    "eq": "equality.discrimination",
    "def": "defamation.allegation",
    "copy": "copyright.third-party-content",
    "haste": "haste.pause-before-posting",
    "meet": "meetings.during-meeting",
    "assoc": "association.endorsed-content",
}

DEFAULT_VERDICT = {
    "off": "review", "res": "review", "pos": "review", "cap": "review",
    "ins": "review", "int": "review", "tone": "advice", "sec": "block",
}


def _rule(short):
    if short in FAM:
        return FAM[short]
    if short in OTHER:
        return OTHER[short]
    raise KeyError(short)


def P(fam, text, verdict=None, note="", rules=None, allowed=(), who=None, when=None, interest=None):
    """A positive: expects its family (and any extra rules given)."""
    rules = [fam] if rules is None else list(rules)
    if verdict is None:
        verdict = DEFAULT_VERDICT[fam]
    return {
        "text": text, "family": FAM[fam], "kind_of_row": "positive",
        "rules": [_rule(r) for r in rules], "allowed": [_rule(a) for a in allowed],
        "verdict": verdict, "note": note, "who": who, "when": when,
        "interest": interest, "near_miss_of": None,
    }


def H(fam, text, note="", allowed=(), who=None, when=None):
    """A hard negative: a near miss of `fam`; expects nothing."""
    return {
        "text": text, "family": FAM[fam], "kind_of_row": "hard_negative",
        "rules": [], "allowed": [_rule(a) for a in allowed],
        "verdict": "ok", "note": note, "who": who, "when": when,
        "interest": None, "near_miss_of": FAM[fam],
    }


def F(text, note="", who=None, when=None):
    """A filler: ordinary councillor post, expects and allows nothing."""
    return {
        "text": text, "family": None, "kind_of_row": "filler",
        "rules": [], "allowed": [], "verdict": "ok", "note": note,
        "who": who, "when": when, "interest": None, "near_miss_of": None,
    }
