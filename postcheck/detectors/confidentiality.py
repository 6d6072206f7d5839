"""Confidentiality: markers of confidential or exempt information, Schedule 12A
categories with a disclosure cue, and the council's own register of
confidential matters. Innocent uses ("contact me in confidence",
"confidential waste") and arguments about secrecy itself pass.

A marker of a document's or a meeting's status (leaked, exempt, Part 2,
embargoed) stands on its own. A conversational aside ("between you and me",
"off the record") says only that a post talks about confidences ("Between you
and me, the chippy does the best scraps"; "Off the record? No such thing for a
councillor"), so it counts where the disclosure cue head
(``cue.confidentiality.disclosure``) reads the post as passing something on at
its bar. Over the head's stricter ``.alone`` bar the reading stands with
neither ("Sat through the closed item on the depot: the valuation came in at
half what we were told in public"). The register and the exempt categories
decide on their own.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..signals import Signal
from ._cues import head_score, learned_cue, quoted_words, sure_on_its_own
from .base import Detector

#: the cue head that says whether a post passes something confidential on
HEAD = "cue.confidentiality.disclosure"

MONEY = re.compile(r"£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?\b", re.IGNORECASE)


#: answers that deny a marker the writer has just asked about ("Leaked? No. It was published ...")
DENIALS = frozenset({"no", "nope", "nah", "not", "hardly", "wrong", "nonsense", "rubbish"})
#: words after "no" or "not" that make it no answer at all ("Confidential? No idea, but ...")
NOT_AN_ANSWER = frozenset({"idea", "doubt", "clue", "sure", "telling", "matter"})


def _asked_then_denied(span) -> bool:
    """The marker asked about and at once denied ("Embargoed until 10am? Nope. Our amendment is
    published in full"): the writer says the information is not confidential."""
    doc = span.doc
    mark = next((t for t in doc[span.end:span.sent.end + 1] if t.text == "?"), None)
    if mark is None:
        return False
    answer = next((t for t in doc[mark.i + 1:mark.i + 4] if t.is_alpha), None)
    if answer is None or answer.lower_ not in DENIALS:
        return False
    after = doc[answer.i + 1] if answer.i + 1 < len(doc) else None
    return after is None or after.lower_ not in NOT_AN_ANSWER


class ConfidentialityDetector(Detector):
    name = "confidentiality"
    signals = frozenset({"confidentiality.marker", "confidentiality.exempt-category", "confidentiality.register",
                         "confidentiality.learned-cue"})

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("confidentiality")
        nlp = context.nlp
        markers = lexicon["markers"] + lexicon.get("asides", [])
        self.markers = [phrase_matcher(nlp, markers, "LOWER"), phrase_matcher(nlp, markers, "LEMMA")]
        self.asides = {a.lower() for a in lexicon.get("asides", [])}
        self.innocent = [phrase_matcher(nlp, lexicon["innocent"], "LOWER")]
        invitations = lexicon.get("invitations", {})
        self.invitation_window = int(invitations.get("window", 4))
        self.invitation_markers = {m.lower() for m in invitations.get("markers", [])}
        self.invitation_words = {w.lower() for w in invitations.get("words", [])}
        self.practice = [phrase_matcher(nlp, lexicon["practice"], "LOWER")]
        self.physical = {w.lower() for w in lexicon.get("physical_things", [])}
        self.information = {w.lower() for w in lexicon.get("information_things", [])}
        self.released = {w.lower() for w in lexicon.get("released", [])}
        self.category_of = {p.lower(): cat for cat, phrases in lexicon["exempt_categories"].items() for p in phrases}
        self.categories = [phrase_matcher(nlp, list(self.category_of), "LOWER")]
        self.cues = [phrase_matcher(nlp, lexicon["disclosure_cues"], "LOWER")]
        terms = context.config.confidential_terms
        self.register = [phrase_matcher(nlp, terms, "LOWER")] if terms else []

    def detect(self, doc, post):
        signals = []
        innocent = [(s, e) for _, s, e in match_phrases(self.innocent, doc)]
        practice_sents = {doc.char_span(s, e, alignment_mode="expand").sent.start for _, s, e in match_phrases(self.practice, doc)}
        score = head_score(doc, HEAD)  # None without the embedded model: then an aside counts on its own
        agrees = score is None or score >= self.context.thresholds.get(HEAD, 1.01)
        for phrase, start, end in match_phrases(self.markers, doc):
            if any(s <= start and end <= e or (s < end and start < e) for s, e in innocent):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if (span.sent.start in practice_sents or self._invitation(doc, span, phrase) or self._no_secret(span)
                    or _asked_then_denied(span)):
                continue
            aside = phrase.lower() in self.asides
            if aside and not agrees:
                continue  # talk about confidences, not a disclosure, as the head reads it
            read = f" (an aside; model {score:.2f})" if aside and score is not None else ""
            signals.append(Signal(
                "confidentiality.marker", ((start, end),),
                f"“{doc.text[start:end]}” presents the information as confidential{read}",
                evidence={"phrase": phrase, **({"model": round(score, 3)} if aside and score is not None else {})},
            ))
        if not signals and sure_on_its_own(doc, self.context, HEAD):
            signals.extend(self._learned(doc))
        for term, start, end in match_phrases(self.register, doc):
            signals.append(Signal(
                "confidentiality.register", ((start, end),),
                f"“{doc.text[start:end]}” is on the council's register of confidential matters",
                evidence={"register": "confidential_terms", "entry": term},
            ))
        signals.extend(self._exempt_categories(doc))
        return signals

    def _learned(self, doc) -> list[Signal]:
        """A confidence passed on with no marker or aside, as the head reads it over its second bar."""
        reading = learned_cue(doc, self.context, HEAD)
        if reading is None:
            return []
        score, words = reading
        return [Signal(
            "confidentiality.learned-cue", tuple(words),
            f"reads as passing on confidential information, with no marker (model {score:.2f}, sure enough "
            f"on its own): {quoted_words(doc, words)}",
            score=score, evidence={"model": round(score, 3)},
        )]

    def _no_secret(self, span) -> bool:
        """A leak of water ("the roof leaks like a sieve"), or a status its sentence says has ended
        ("Embargo lifted: ...")."""
        words = {t.lower_ for t in span.sent}
        if any(t.lemma_.lower() == "leak" for t in span):
            return bool(words & self.physical) and not words & self.information
        return bool(words & self.released)

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
