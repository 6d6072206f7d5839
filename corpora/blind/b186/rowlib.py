"""Row constructors shared by the hand-written row files of blind set b186.

A row is a dict. `key` is a stable local name (e.g. "off.p03"); notes may cite other rows as
{key}, which build.py replaces with the final B186-NNNN id. `by` names who may have written it:
a handle ("@..."), a group name known to build.py ("PLANNING", "OPP", ...), groups joined with
"&" (intersection; "!X" removes group or handle X), or a list of these (union). `when` is a date "YYYY-MM-DD" or a pair
(first, last) of dates; the script picks a weekday in it.
"""


def P(key, family, verdict, text, note, rules=None, allowed=(), interest=None, by=None, when=None):
    """A positive: the post breaches `family` (and any further `rules`)."""
    return dict(key=key, kind_of_row="positive", family=family,
                rules=list(rules) if rules else [family], allowed=list(allowed),
                verdict=verdict, text=text, note="[positive] " + note,
                interest=interest, near_miss_of=None, by=by, when=when)


def H(key, family, text, note, allowed=(), by=None, when=None):
    """A hard negative: close to `family` but breaches nothing."""
    return dict(key=key, kind_of_row="hard_negative", family=family, rules=[],
                allowed=list(allowed), verdict="ok", text=text,
                note="[hard negative] " + note, interest=None, near_miss_of=family,
                by=by, when=when)


def F(key, text, note, by=None, when=None):
    """A filler: an ordinary councillor post with nothing to find."""
    return dict(key=key, kind_of_row="filler", family=None, rules=[], allowed=[],
                verdict="ok", text=text, note="[filler] " + note, interest=None,
                near_miss_of=None, by=by, when=when)
