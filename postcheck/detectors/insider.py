"""Insider advantage (4.2): knowledge gained as a councillor used for someone's gain.

A cue that the news is not public yet ("before it's announced", "won't be
public till after cabinet") or a tip-off ("heads-up", "I happen to know"),
together with something to do about it (buy, sell up, get your bid in).
News that is already published, and "before the results are announced,
thank you…", pass: there is no advantage in them.
"""
from __future__ import annotations

from ..lexicons import load_lexicon
from ..signals import Signal
from ._cues import char_span, cue_lists, quote, someone_elses_words
from .base import Detector


class InsiderDetector(Detector):
    name = "insider"
    signals = frozenset({"insider.advance-tip"})

    def __init__(self, context):
        super().__init__(context)
        self.cues = cue_lists(context.nlp, load_lexicon("insider"), ("not_public", "tips", "advantage", "strong_tips"))

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        strong = self.cues["strong_tips"].find(doc)
        cues = self.cues["not_public"].find(doc) + self.cues["tips"].find(doc)
        advantage = self.cues["advantage"].find(doc)
        if strong:
            hits, action = strong, advantage[:1]
        elif cues and advantage:
            hits, action = sorted(cues, key=lambda s: s.start), advantage[:1]
        else:
            return []
        spans = tuple(sorted({char_span(s) for s in hits + action}))
        shown = ", ".join(quote(s) for s in hits)
        told = f", with an advantage to take ({quote(action[0])})" if action else ""
        return [Signal(
            "insider.advance-tip", spans,
            f"{shown} points to knowledge that is not yet public{told}",
            evidence={"phrases": [s.text for s in hits], "advantage": action[0].text if action else None},
        )]
