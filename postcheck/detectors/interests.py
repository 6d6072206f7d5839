"""Registered interests (9.1, App B): a council matter touching the author's own interest.

An entry of the register (``[registers] interests``) named in a post about a
council matter (a grant, contract, vote, planning…) raises a finding unless
the post declares the interest or says the councillor stays out of the
decision. Interests held by someone else (``interest_holders``) are not the
author's to declare, and a body's own news with no council matter passes.
"""
from __future__ import annotations

from ..lexicons import load_lexicon, phrase_matcher
from ..registers import PendingMatters
from ..signals import Signal
from ._cues import char_span, cue_lists, quote, someone_elses_words
from .base import Detector


def own_interests(context, post) -> list[str]:
    """The register entries that are the post author's (or the tool user's) to declare."""
    config = context.config
    author = context.people.author(post.author)
    who = author.name if author is not None else config.self_settings.get("name")
    if who is None:
        return list(config.interests)
    holders = {k.lower(): v for k, v in config.interest_holders.items()}
    return [i for i in config.interests if holders.get(i.lower(), who).lower() == who.lower()]


def interest_names(interest: str, suffixes) -> list[str]:
    """"Acme Homes Ltd" -> ["Acme Homes Ltd", "Acme Homes"]: the forms a post may use."""
    names = [interest]
    words = interest.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in suffixes:
        words = words[:-1]
        names.append(" ".join(words))
    capitals = [w for w in words[1:] if w[:1].isupper()]
    if len(words) >= 3 and len(capitals) == len(words) - 1:  # "Wethercote Community Land Trust" -> "Wethercote CLT"
        names.append(f"{words[0]} {''.join(w[0] for w in capitals)}")
    return names


class InterestIndex:
    """A matcher over the register's interests: ``find(doc)`` -> [(interest, span)]."""

    def __init__(self, nlp, interests, suffixes):
        self.entry_of: dict[str, str] = {}
        names = []
        for interest in interests:
            for number, name in enumerate(interest_names(interest, suffixes)):
                key = f"{interest}#{number}"
                self.entry_of[key] = interest
                names.append((key, name))
        self.matcher = phrase_matcher(nlp, [n for _, n in names], "NORM", keys=[k for k, _ in names])

    def find(self, doc, allowed=None):
        found = {}
        for match_id, start, end in self.matcher(doc):
            entry = self.entry_of[doc.vocab.strings[match_id]]
            if allowed is not None and entry not in allowed:
                continue
            previous = found.get(start)
            if previous is None or previous[1].end < end:
                found[start] = (entry, doc[start:end])
        return [found[k] for k in sorted(found)]


class InterestsDetector(Detector):
    name = "interests"
    signals = frozenset({"interests.registered-interest"})

    def __init__(self, context):
        super().__init__(context)
        nlp = context.nlp
        lexicon = load_lexicon("interests")
        self.suffixes = {s.lower().rstrip(".") for s in lexicon.get("legal_suffixes", [])}
        self.index = InterestIndex(nlp, context.config.interests, self.suffixes)
        self.cues = cue_lists(nlp, lexicon, ("council_matter", "declarations"))
        self.pending = PendingMatters(nlp, context.config.pending_matters)

    @classmethod
    def enabled(cls, config):
        return bool(config.interests)

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        mine = set(own_interests(self.context, post))
        hits = self.index.find(doc, mine)
        if not hits or self.cues["declarations"].find(doc):
            return []
        inside = [(s.start, s.end) for _, s in hits]
        matter = [m for m in self.cues["council_matter"].find(doc) if not any(a <= m.start < b for a, b in inside)]
        if matter:
            matter_span, matter_words = char_span(matter[0]), quote(matter[0])
        else:  # a pending application on the register is a council matter too
            pending, matter_span = self.pending.match(doc, post)
            if pending is None:
                return []
            matter_words = f"{pending.reference}, {pending.address}, pending"
        entries = list(dict.fromkeys(entry for entry, _ in hits))
        spans = tuple(char_span(s) for _, s in hits) + (matter_span,)
        return [Signal(
            "interests.registered-interest", spans,
            f"{', '.join(quote(s) for _, s in hits)} is on your register of interests and the post is about "
            f"a council matter ({matter_words}) without declaring it",
            evidence={"register": "interests", "entries": entries},
        )]
