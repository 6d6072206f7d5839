"""What the judgement heads say of one post, for the toxicity detector's learned families.

A head is believed over its bar; its evidence is the words that drove it (the
scorer's attribution, else occlusion), not the whole post; words quoted in
order to condemn them, or framed as someone else's, do not count; whom the
words point at comes from the target resolver, else from the target head.
One ``HeadReading`` is made per post, so the scores with the quotations cut
out are computed at most once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from ..scoring.base import target_kind as read_target_kind
from ._framing import disowned, in_speech_frame
from ._reading import Hit, Reading, inside_any


@dataclass
class HeadReading:
    """The heads' scores of one post beside its reading, with the bars they are read against."""

    r: Reading
    scores: Mapping[str, float]
    bars: Mapping[str, float]
    #: (doc, label, mentions) -> the character spans of the words that drove ``label``
    model_words: Callable[[Any, str, Sequence[Any]], list[tuple[int, int]]]
    resolver: Any
    #: texts -> their scores (to read the post again with its quotations cut out); None without a model
    rescore: Callable[[list[str]], list[Mapping[str, float]]] | None = None
    _unquoted: dict[str, float] = field(default_factory=dict, init=False, repr=False)

    @property
    def target_kind(self) -> str | None:
        return read_target_kind(self.scores)

    def over(self, label: str) -> bool:
        return self.scores.get(label, 0.0) >= self.bars.get(label, 0.5)

    def first_over(self, *labels: str) -> str | None:
        """The first head over its bar: a family head, then the mirror head that reads what it
        misses (``attack.*``; absent from older models, so never over there)."""
        return next((label for label in labels if self.over(label)), None)

    def unquoted_over(self, label: str) -> bool:
        """The head reads the post over its bar with the quotations taken out."""
        if not self._unquoted and self.rescore is not None:
            self._unquoted.update(self.rescore([without_spans(self.r.doc.text, self.r.quotes)])[0])
        return self._unquoted.get(label, 0.0) >= self.bars.get(label, 0.5)

    def evidence(self, label: str) -> tuple[list[Hit], Any]:
        """The words that drove ``label`` and whom they point at; ``([], None)`` where the words are
        counter-speech, someone else's, or a view the writer denies."""
        r = self.r
        doc = r.doc
        found = self.model_words(doc, label, r.mentions)
        spans = found or [(0, len(doc.text))]
        cues = [Hit("model", doc.text[s:e].lower(), s, e) for s, e in spans]
        if r.reported and found and not r.counter and self.unquoted_over(label):
            # a saying quoted, and the writer's own words beside it that read the same without it
            # ("X says she 'loves the town'. Loves the benefits more"): the writer's own words count
            cues = [h for h in cues if not inside_any(h, r.quotes) and not in_speech_frame(doc, h)]
        elif r.reported:
            return [], None
        if not cues or all(in_speech_frame(doc, h) or disowned(doc, h) for h in cues):
            return [], None
        who = None
        for start, end in spans:
            who = self.resolver.target_of(doc, start, end, r.mentions, r.hint)
            if who is not None:
                break
        return cues, who


def without_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the spans (quotations) cut out."""
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(text[at:start])
        at = max(at, end)
    return " ".join(" ".join(kept + [text[at:]]).split())
