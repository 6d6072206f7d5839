"""Learned cues for rules the phrase lists miss: a judgement head per rule.

The encoder's rule heads (``cue.<rule id>`` in the model's ``heads.json``)
read the whole post, so a cue phrased in words no list holds still counts. A
head over its validation-tuned threshold emits ``learned.<rule id>``, with the
words that drove it as the evidence; the rule pack maps it to its rule. Only
rules whose cue needs no register are here: register matches (pending
matters, confidential terms, interests) stay with their own detectors, where
a register entry is what makes a finding strong. Someone else's words (a
comment or a quoted post) are left to the association and moderation rules.
"""
from __future__ import annotations

from ..scoring.base import MODEL_SCORES
from ..signals import Signal
from ._cues import someone_elses_words
from .base import Detector, register

#: rules with a learned cue, and what the cue means in a reason: those whose head
#: reached a validation precision of 0.90 (heads.json); officers, resources and irony
#: did not (0.82, 0.78, 0.75) and stay with their phrase lists
LEARNED_RULES = {
    "position.improper-advantage": "using the councillor's position to offer or seek an advantage",
    "confidentiality.insider-advantage": "a tip drawn from what the councillor knows from the council",
    "capacity.council-voice": "a personal or party view presented as the council's",
    "gifts.hospitality": "gifts or hospitality from someone doing business with the council",
}


@register
class LearnedCuesDetector(Detector):
    name = "learned-cues"
    signals = frozenset(f"learned.{rule}" for rule in LEARNED_RULES)
    order = 60

    def __init__(self, context):
        super().__init__(context)
        self.scorer = context.cache.get("toxicity_scorer")
        self.thresholds = dict(getattr(self.scorer, "thresholds", {}) or {})

    @classmethod
    def enabled(cls, config) -> bool:
        from ..scoring.factory import backend_name

        return backend_name(config) == "embedded"

    def detect(self, doc, post) -> list[Signal]:
        scores = doc.user_data.get(MODEL_SCORES) or {}
        if not scores or someone_elses_words(post):
            return []
        out = []
        for rule, meaning in LEARNED_RULES.items():
            label = f"cue.{rule}"
            if label not in scores or scores[label] < self.thresholds.get(label, 1.01):
                continue
            spans = self._words(doc, label)
            words = ", ".join(f"“{doc.text[s:e]}”" for s, e in spans) or "the post as a whole"
            out.append(Signal(
                f"learned.{rule}", tuple(spans) or ((0, len(doc.text)),),
                f"reads as {meaning} (model {scores[label]:.2f}): {words}",
                score=scores[label], evidence={"model": round(scores[label], 3)},
            ))
        return out

    def _words(self, doc, label: str) -> list[tuple[int, int]]:
        found = self.scorer.attribute(doc.text, label, top=6) if hasattr(self.scorer, "attribute") else []
        kept = []
        for start, end, _ in found:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not all(t.is_stop or t.is_punct for t in span):
                kept.append((start, end))
        return kept[:3]
