"""Helpers and rule ids shared by the hand-written account files of set b187.

A row is written with R(key, text, kind_of_row, ...). `key` is a local name
used only inside the hand-written files: a note may cite another row as
{key}, and build.py swaps that for the row's id. For positive rows the
account rule is added to `rules` by build.py; for filler rows in positive
accounts the account rule is put in `allowed` by build.py. Everything else is
written out by hand here.
"""

# account rules
HR = "harassment.repeated-target"
MO = "moderation.third-party-comments"
MX = "capacity.mixed-account"

# post rules that travel with them
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DE = "defamation.allegation"
TI = "tone.irony-risk"
HA = "haste.pause-before-posting"
SEC = "security.credentials"
POS = "position.improper-advantage"

POSITIVE = "positive"
HARD = "hard_negative"
FILLER = "filler"


def R(key, text, row, rules=(), allowed=(), note="", kind="post", by=None):
    """One hand-written row. kind: post, reply or comment; by: the commenter
    (a member of the public by name, or the page owner's handle)."""
    return {
        "key": key,
        "text": text,
        "row": row,
        "rules": list(rules),
        "allowed": list(allowed),
        "note": note,
        "kind": kind,
        "by": by,
    }


def A(key, author, platform, account, pattern, role, rows, about=""):
    """One account: a single author handle, one platform, one pattern and
    one role (positive or hard_negative). Rows are kept in written order."""
    return {
        "key": key,
        "author": author,
        "platform": platform,
        "account": account,
        "pattern": pattern,
        "role": role,
        "rows": rows,
        "about": about,
    }
