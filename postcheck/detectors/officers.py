"""Impartiality of officers (3.1): public criticism of, or pressure on, officers.

An officer (named in the config's roster, or by role: "the planning
officer", "the officers' report") in the same sentence as criticism of their
work or neutrality, or pressure to change advice or a report. Thanking an
officer, naming one neutrally, or asking them to explain a decision passes.
"""
from __future__ import annotations

from ..lexicons import load_lexicon
from ..signals import Signal
from ._cues import char_span, cue_lists, in_sentence, quote, someone_elses_words
from .base import Detector


#: cues judged per post: a word repeated a thousand times is judged on its first few
MAX_CUES = 12


class OfficersDetector(Detector):
    name = "officers"
    signals = frozenset({"officers.pressure", "officers.criticism"})

    def __init__(self, context):
        super().__init__(context)
        self.cues = cue_lists(context.nlp, load_lexicon("officers"), ("roles", "pressure", "criticism", "thanks"))

    def _officers(self, doc):
        """Spans naming an officer: roster names (role "officer") and role words."""
        spans = list(self.cues["roles"].find(doc))
        for mention in self.context.people.find(doc.text):
            if mention.person.role == "officer":
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        return spans

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        cues = {kind: self.cues[kind].find(doc)[:MAX_CUES] for kind in ("pressure", "criticism")}
        if not any(cues.values()):
            return []
        officers = self._officers(doc)
        if not officers:
            return []
        signals = []
        thanks = self.cues["thanks"].find(doc)
        for kind, label in (("pressure", "puts public pressure on officers over their advice or their post"),
                            ("criticism", "publicly criticises officers")):
            hits = [cue for cue in cues[kind]
                    if in_sentence(cue, officers) and (kind == "pressure" or not in_sentence(cue, thanks))]
            if not hits:
                continue
            target = in_sentence(hits[0], officers)[0]
            spans = tuple(sorted({char_span(s) for s in hits} | {char_span(target)}))
            signals.append(Signal(
                f"officers.{kind}", spans,
                f"{', '.join(quote(s) for s in hits)} {label} ({quote(target)})",
                evidence={"phrases": [s.text for s in hits], "target": target.text},
            ))
        return signals
