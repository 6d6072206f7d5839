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
from ..signals import Signal
from ._cues import learned_cue, quoted_words, someone_elses_words
from .base import Detector

#: head name -> what its cue means in a reason (``lexicons/learned_cues.yaml``)
CUES: dict[str, str] = {str(k): str(v) for k, v in (load_lexicon("learned_cues").get("cues") or {}).items()}


class LearnedCuesDetector(Detector):
    name = "learned-cues"
    signals = frozenset(f"learned.{name}" for name in CUES)

    @classmethod
    def enabled(cls, config) -> bool:
        from ..scoring.factory import backend_name

        return backend_name(config) == "embedded"

    def detect(self, doc, post) -> list[Signal]:
        if someone_elses_words(post):
            return []
        out = []
        for name, meaning in CUES.items():
            reading = learned_cue(doc, self.context, f"cue.{name}")
            if reading is None:
                continue
            score, spans = reading
            out.append(Signal(
                f"learned.{name}", tuple(spans) or ((0, len(doc.text)),),
                f"reads as {meaning} (model {score:.2f}): {quoted_words(doc, spans)}",
                score=score, evidence={"model": round(score, 3)},
            ))
        return out
