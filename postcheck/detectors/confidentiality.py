"""Confidentiality: markers of confidential or exempt information, Schedule 12A
categories with a disclosure cue, and the council's own register of
confidential matters. Innocent uses ("contact me in confidence",
"confidential waste") and arguments about secrecy itself pass.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..signals import Signal
from .base import Detector

MONEY = re.compile(r"£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?\b", re.IGNORECASE)


class ConfidentialityDetector(Detector):
    name = "confidentiality"
    signals = frozenset({"confidentiality.marker", "confidentiality.exempt-category", "confidentiality.register"})

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("confidentiality")
        nlp = context.nlp
        markers = lexicon["markers"]
        self.markers = [phrase_matcher(nlp, markers, "LOWER"), phrase_matcher(nlp, markers, "LEMMA")]
        self.innocent = [phrase_matcher(nlp, lexicon["innocent"], "LOWER")]
        invitations = lexicon.get("invitations", {})
        self.invitation_window = int(invitations.get("window", 4))
        self.invitation_markers = {m.lower() for m in invitations.get("markers", [])}
        self.invitation_words = {w.lower() for w in invitations.get("words", [])}
        self.practice = [phrase_matcher(nlp, lexicon["practice"], "LOWER")]
        self.category_of = {p.lower(): cat for cat, phrases in lexicon["exempt_categories"].items() for p in phrases}
        self.categories = [phrase_matcher(nlp, list(self.category_of), "LOWER")]
        self.cues = [phrase_matcher(nlp, lexicon["disclosure_cues"], "LOWER")]
        terms = context.config.confidential_terms
        self.register = [phrase_matcher(nlp, terms, "LOWER")] if terms else []

    def detect(self, doc, post):
        signals = []
        innocent = [(s, e) for _, s, e in match_phrases(self.innocent, doc)]
        practice_sents = {doc.char_span(s, e, alignment_mode="expand").sent.start for _, s, e in match_phrases(self.practice, doc)}
        for phrase, start, end in match_phrases(self.markers, doc):
            if any(s <= start and end <= e or (s < end and start < e) for s, e in innocent):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span.sent.start in practice_sents or self._invitation(doc, span, phrase):
                continue
            signals.append(Signal(
                "confidentiality.marker", ((start, end),),
                f"“{doc.text[start:end]}” presents the information as confidential",
                evidence={"phrase": phrase},
            ))
        for term, start, end in match_phrases(self.register, doc):
            signals.append(Signal(
                "confidentiality.register", ((start, end),),
                f"“{doc.text[start:end]}” is on the council's register of confidential matters",
                evidence={"register": "confidential_terms", "entry": term},
            ))
        signals.extend(self._exempt_categories(doc))
        return signals

    def _invitation(self, doc, span, phrase) -> bool:
        """"get in touch – in confidence": an offer to listen, not a disclosure."""
        if phrase.lower() not in self.invitation_markers:
            return False
        window = doc[max(span.sent.start, span.start - self.invitation_window):span.start]
        return any(t.lower_ in self.invitation_words or t.lemma_.lower() in self.invitation_words for t in window)

    def _exempt_categories(self, doc):
        hits = match_phrases(self.categories, doc)
        if not hits:
            return []
        cues = [(s, e) for _, s, e in match_phrases(self.cues, doc)] + [m.span() for m in MONEY.finditer(doc.text)]
        if not cues:
            return []
        out = []
        for phrase, start, end in hits:
            category = self.category_of[phrase.lower()]
            spans = ((start, end), *cues[:1])
            out.append(Signal(
                "confidentiality.exempt-category", spans,
                f"“{doc.text[start:end]}” with “{doc.text[cues[0][0]:cues[0][1]]}” discloses exempt information "
                f"(Local Government Act 1972, Schedule 12A: {category})",
                evidence={"phrase": phrase, "category": category},
            ))
        return out
