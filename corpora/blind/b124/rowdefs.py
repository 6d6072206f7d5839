"""Row function for the hand-written rows of set b124.

P(key, text, r=expected rules, a=allowed rules, v=verdict, n=note,
  who=pinned author (full name), day=pinned date "YYYY-MM-DD").
Rule abbreviations are expanded below. The family comes from the key prefix:
pa, ab, bu, eq, df are positives; h1 .. h6 are hard negatives (HN1 .. HN6).
Notes cite other rows as {key}; build.py turns keys into ids."""

RULE = {
    "PA": "respect.personal-attack",
    "AB": "respect.abusive-language",
    "BU": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "DF": "defamation.allegation",
    "OF": "officers.impartiality",
    "IR": "tone.irony-risk",
    "DP": "data-protection.personal-data",
    "SC": "security.credentials",
    "PR": "predetermination.closed-mind",
    "IA": "position.improper-advantage",
    "GI": "gifts.hospitality",
    "ME": "meetings.during-meeting",
    "HA": "haste.pause-before-posting",
    "CD": "confidentiality.disclosure",
    "CV": "capacity.council-voice",
    "CP": "copyright.third-party-content",
}
FAMILY = {
    "pa": "respect.personal-attack",
    "ab": "respect.abusive-language",
    "bu": "bullying.intimidation",
    "eq": "equality.discrimination",
    "df": "defamation.allegation",
}

ROWS = []


def P(key, text, r="", a="", v="ok", n="", who=None, day=None):
    fam = FAMILY.get(key[:2], "hard_negative")
    ROWS.append({
        "key": key,
        "text": text,
        "rules": [RULE[x] for x in r.split()],
        "allowed": [RULE[x] for x in a.split()],
        "verdict": v,
        "note": n,
        "family": fam,
        "kind_of_row": "hard_negative" if fam == "hard_negative" else "positive",
        "who": who,
        "day": day,
    })
