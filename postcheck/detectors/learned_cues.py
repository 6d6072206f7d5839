"""Learned cues for rules the phrase lists miss: a judgement head per rule.

The encoder's cue heads (``cue.<name>`` in the model's ``heads.json``, those
listed in ``lexicons/learned_cues.yaml``) read the whole post, so a cue
phrased in words no list holds still counts. A head over its
validation-tuned threshold emits ``learned.<name>``, with the words that
drove it as the evidence; the rule pack maps it to a rule. Only
rules whose cue needs no register are here: register matches (pending
matters, confidential terms, interests) stay with their own detectors, where
a register entry is what makes a finding strong. Someone else's words (a
comment or a quoted post) are left to the association and moderation rules.
"""
from __future__ import annotations

from ..lexicons import load_lexicon
from ..scoring.base import MODEL_SCORES
from ..signals import Signal
from ._cues import someone_elses_words
from .base import Detector

#: head name -> what its cue means in a reason (``lexicons/learned_cues.yaml``)
CUES: dict[str, str] = {str(k): str(v) for k, v in (load_lexicon("learned_cues").get("cues") or {}).items()}


class LearnedCuesDetector(Detector):
    name = "learned-cues"
    signals = frozenset(f"learned.{name}" for name in CUES)

    def __init__(self, context):
        super().__init__(context)
        self.scorer = context.scorer
        self.thresholds = context.thresholds

    @classmethod
    def enabled(cls, config) -> bool:
        from ..scoring.factory import backend_name

        return backend_name(config) == "embedded"

    def detect(self, doc, post) -> list[Signal]:
        scores = doc.user_data.get(MODEL_SCORES) or {}
        if not scores or someone_elses_words(post):
            return []
        out = []
        for name, meaning in CUES.items():
            label = f"cue.{name}"
            if label not in scores or scores[label] < self.thresholds.get(label, 1.01):
                continue
            spans = self._words(doc, label)
            words = ", ".join(f"“{doc.text[s:e]}”" for s, e in spans) or "the post as a whole"
            out.append(Signal(
                f"learned.{name}", tuple(spans) or ((0, len(doc.text)),),
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
