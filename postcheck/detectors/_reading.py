"""Whose words a post's phrase-list matches are, read once for every abuse family.

A match counts as the writer's own only where it is not quoted or reported in
order to condemn it, named as a word ("the word '...' was shouted"), said by
someone else ("the leaflet said ..."), or part of a benign phrase. Threats,
discrimination, attacks, swearing and allegations all ask this of the same
matches, so a ``Reading`` answers it once per post, beside the post's
mentions, quotations and framing (counter-speech, reclaiming, endorsement).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..targets import PERSON, QUOTE, Target
from ._framing import in_speech_frame, negated, said_by_another, said_of

#: what introduces a word quoted to name it rather than use it ("the word '...'", "a slur like '...'")
NAMED_AS_A_WORD = re.compile(r"\b(?:the|that|this|a|an|words?|terms?)\s+(?:\w+\s+)?(?:word|term|phrase|slur|insult|name)s?"
                             r"(?:\s+like)?\s*[:,]?\s*$", re.IGNORECASE)

#: a quotation this many words long is a statement someone made, not scare quotes ('our "diverse" town')
QUOTED_STATEMENT_WORDS = 3


@dataclass(frozen=True)
class Hit:
    """One lexicon match: which list, the term, character span."""

    kind: str
    term: str
    start: int
    end: int


@dataclass
class Reading:
    """One post as the abuse families read it: its matches, mentions, quotations and framing."""

    doc: Any
    hits: dict[str, list[Hit]]
    mentions: Sequence[Target]
    hint: str | None
    resolver: Any
    quotes: list[tuple[int, int]] = field(default_factory=list)
    statements: list[tuple[int, int]] = field(default_factory=list)
    #: exclusion phrases with the protected group they are said of (None: said of no group, counter-speech)
    excluded: list[tuple[Hit, Target | None]] = field(default_factory=list)
    counter: bool = False
    reclaimed: bool = False
    endorsed: bool = False
    reported: bool = False

    @classmethod
    def of(cls, doc, hits: dict[str, list[Hit]], mentions: Sequence[Target], hint: str | None, resolver) -> "Reading":
        quotes = [m.span() for m in QUOTE.finditer(doc.text)]
        excluded = [(h, said_of(doc, h, mentions)) for h in hits.get("exclusion", [])]
        hits["counter"] = hits.get("counter", []) + [h for h, group in excluded if group is None]
        counter = bool(hits.get("counter"))
        endorsed = bool(hits.get("endorse")) and not counter  # "… Hard to disagree.": the writer's own words
        # words quoted after a reporting cue ("he called me '...'"), or a quotation the post opens with
        # and then attributes ("'...' That's what somebody yelled at the choir")
        reported = counter or (not endorsed and any(
            h.end <= s or (not doc.text[:s].strip() and h.start >= e)
            for h in hits.get("reporting", []) for s, e in quotes
        ))
        return cls(doc, hits, mentions, hint, resolver, quotes,
                   [(s, e) for s, e in quotes if len(doc.text[s:e].split()) >= QUOTED_STATEMENT_WORDS],
                   excluded, counter, bool(hits.get("reclaim")), endorsed, reported)

    def own_words(self, hit: Hit) -> bool:
        """False for words quoted (or reported) in order to condemn them."""
        doc = self.doc
        if overlaps_any(hit, self.hits.get("benign", [])):
            return False
        quoted = inside_any(hit, self.quotes)
        if quoted and any(s <= hit.start and hit.end <= e and NAMED_AS_A_WORD.search(doc.text[max(0, s - 40):s])
                          for s, e in self.quotes):
            return False  # the word mentioned, not used: "the word 'window-licker' was shouted ..."
        if not self.endorsed and said_by_another(doc, hit):
            return False  # "the leaflet said refugees are parasites. I'll be reporting it."
        return not (self.reported and (quoted or in_speech_frame(doc, hit)))

    def kept(self, kind: str) -> list[Hit]:
        """The matches of one list that are the writer's own words."""
        return [h for h in self.hits.get(kind, []) if self.own_words(h)]

    def asserted(self, kind: str) -> list[Hit]:
        """The writer's own words, not denied ("please don't share it")."""
        return [h for h in self.kept(kind) if not negated(self.doc, h)]

    def target(self, hit: Hit) -> Target | None:
        """Who or what the words are aimed at."""
        return self.resolver.target_of(self.doc, hit.start, hit.end, self.mentions, self.hint)

    def people(self, sources: frozenset[str]) -> list[Target]:
        """The people the post names in one of these ways (the roster, a handle, a title ...)."""
        return [m for m in self.mentions if m.kind == PERSON and m.source in sources]


def inside_any(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= hit.start and hit.end <= e for s, e in spans)


def overlaps_any(hit: Hit, others: Sequence[Hit]) -> bool:
    return any(o.start < hit.end and hit.start < o.end for o in others)

