"""``postcheck init``: a commented starter config and its register files.

A council edits this rather than learning the schema from the README; it
loads as written, so a new user sees findings that rest on registers as
soon as they fill the CSVs in.
"""
from __future__ import annotations

from pathlib import Path

from .discovery import CONFIG_NAME
from .errors import PostcheckError

TEMPLATE = '''\
# postcheck settings for one council. postcheck finds this file by itself when
# it is in the folder you run postcheck from or any folder above it (or name it
# with --config FILE or POSTCHECK_CONFIG). Every output names the file it used.
# Paths are relative to this file. A key that is not in the schema is an error.

[council]
name = {name}
code = "bexley"                   # the rule pack shipped with postcheck (or [checker] rule_pack)
timezone = "Europe/London"
late_night = ["23:00", "05:00"]   # posts in this window get "pause before posting" advice

[people]
# Naming councillors and public office holders is not private personal data.
councillors = []                  # e.g. ["Jane Jones", "Amir Khan"]
officers = []                     # council officers: criticising them publicly is flagged
public_office_holders = []        # e.g. ["Daniel Fordham MP"]

[people.handles]
# handle -> person, for post authors and @mentions
# "@CllrJaneJones" = "Jane Jones"

# [self]                          # the councillor using the tool: their own published
# name = "Jane Jones"             # contact details are not personal data
# email = "cllr.jones@example.gov.uk"
# phone = "020 8000 0000"

[registers]
pending_matters = "pending.csv"   # reference,address,description,decision_date
meetings = "meetings.csv"         # title,start,end (ISO 8601 with offset)
confidential_terms = []           # code names and exempt items, e.g. ["Project Falcon"]
interests = []                    # registered interests, e.g. ["Acme Homes Ltd"]

# [registers.interest_holders]    # interest -> the councillor who holds it
# "Acme Homes Ltd" = "Jane Jones"

# [rules]                         # which rules run, like a linter's select/ignore
# select = ["ALL"]                # rule ids or prefixes, e.g. "respect" or "respect.*"
# ignore = ["tone.irony-risk"]
#
# [rules.severity]                # off, advice, review or block
# "haste.pause-before-posting" = "off"
#
# [rules.options."haste.pause-before-posting"]
# late_night = ["00:00", "05:00"]
'''

REGISTERS = {
    "pending.csv": "reference,address,description,decision_date\n",
    "meetings.csv": "title,start,end\n",
}


class StarterExists(PostcheckError, FileExistsError, code="starter-exists"):
    """The config is there already; ``--force`` replaces it."""


def write_starter(folder: Path, council: str = "Your council", force: bool = False) -> list[Path]:
    """Write ``postcheck.toml`` and any missing register CSVs; return what was written.

    Register files that exist are kept even with ``force``: they are the
    council's data, not settings.
    """
    target = folder / CONFIG_NAME
    if target.exists() and not force:
        raise StarterExists(f"{target} already exists; use --force to replace it")
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(TEMPLATE.format(name=_toml_string(council)), encoding="utf-8")
    written = [target]
    for name, header in REGISTERS.items():
        path = folder / name
        if not path.exists():
            path.write_text(header, encoding="utf-8")
            written.append(path)
    return written


def _toml_string(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
