"""Cue lists for the phrase-driven detectors, matched on the shared parse.

A cue list in a lexicon is either a plain list of phrases or a mapping with
``phrases`` and/or ``patterns`` (spaCy ``Matcher`` token patterns). Phrases
are matched on the token norm, so case, curly apostrophes and contractions
("won’t", "will not") do not matter. Helpers here answer the small questions
several detectors ask: is a match negated, which sentence is it in.
"""
from __future__ import annotations

from typing import Any, Iterable

from ..lexicons import LexiconError, phrase_matcher

#: words that negate what follows them: the one set every detector uses
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor", "cannot", "without", "nothing", "nobody"})


class Cues:
    """One named cue list: ``find(doc)`` returns the matching ``Span``s, longest first per start."""

    def __init__(self, nlp, entry: Any, name: str = "cue"):
        from spacy.matcher import Matcher

        if isinstance(entry, dict):
            phrases, patterns = entry.get("phrases") or [], entry.get("patterns") or []
        else:
            phrases, patterns = entry or [], []
        self.name = name
        self.phrases = [str(p) for p in phrases]
        self.phrase_matcher = phrase_matcher(nlp, self.phrases, "NORM", keys=[name] * len(self.phrases))
        self.matcher = Matcher(nlp.vocab)
        for number, pattern in enumerate(patterns, start=1):
            try:
                self.matcher.add(f"{name}-{number}", [pattern])
            except (ValueError, TypeError, KeyError) as exc:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise LexiconError(f"lexicon list {name!r}: token pattern {number} is not a valid spaCy pattern ({first})") from None

    def find(self, doc) -> list:
        """Matching spans, without spans nested inside a longer match."""
        found = {(s, e) for _, s, e in self.phrase_matcher(doc)}
        if len(self.matcher):
            found |= {(s, e) for _, s, e in self.matcher(doc)}
        spans = sorted(found, key=lambda se: (se[0], -se[1]))
        kept: list[tuple[int, int]] = []
        for start, end in spans:
            if any(s <= start and end <= e for s, e in kept):
                continue
            kept.append((start, end))
        return [doc[s:e] for s, e in kept]


def cue_lists(nlp, lexicon: dict[str, Any], names: Iterable[str]) -> dict[str, Cues]:
    """Build the named cue lists of a lexicon (a missing name is an empty list)."""
    return {name: Cues(nlp, lexicon.get(name) or [], name) for name in names}


def someone_elses_words(post) -> bool:
    """A comment left by someone else on the councillor's page: not the councillor's own words."""
    return post.kind == "comment"


def negated(span, window: int = 4) -> bool:
    """A negation ("can't", "never", "no") in the few tokens before ``span``, same sentence."""
    doc = span.doc
    start = max(span.sent.start, span.start - window)
    return any(t.norm_ in NEGATIONS or t.lower_ in NEGATIONS for t in doc[start:span.start])


def in_sentence(span, spans) -> list:
    """The spans of ``spans`` that lie in ``span``'s sentence."""
    return [s for s in spans if s.sent.start == span.sent.start]


def quote(span) -> str:
    return f"“{span.text}”"


def char_span(span) -> tuple[int, int]:
    return (span.start_char, span.end_char)


def head_score(doc, label: str) -> float | None:
    """A judgement head's score of the post; None where no model scored it (another backend, or none)."""
    from ..scoring.base import MODEL_SCORES

    return (doc.user_data.get(MODEL_SCORES) or {}).get(label)


def learned_cue(doc, context, label: str, top: int = 3, named: bool = False) -> tuple[float, list[tuple[int, int]]] | None:
    """A judgement head's reading of the post, when over its validation-tuned threshold:
    ``(score, evidence spans)``, the spans being the words that drove it (no stop words or
    punctuation alone); None below the threshold or without the embedded model. With ``named``
    (the post names whom it is about in its own words) the head's ``.named`` bar holds where it
    has one."""
    score = head_score(doc, label) or 0.0
    bar = context.thresholds.get(label, 1.01)
    if named:
        bar = min(bar, context.thresholds.get(label + NAMED, bar))
    if score < bar:
        return None
    scorer = context.scorer
    found = scorer.attribute(doc.text, label, top=top * 2) if hasattr(scorer, "attribute") else []
    spans = []
    for start, end, _ in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and not all(t.is_stop or t.is_punct for t in span):
            spans.append((start, end))
    return score, spans[:top]


#: the suffix of a head's second, stricter bar: over it the head's reading stands on its own, without
#: what its detector otherwise needs beside it (an officer named, something of the council's, a
#: planning or licensing word).
#: Chosen through the product (``training/choose_bars.py --alone``); absent, never.
ALONE = ".alone"
#: the suffix of a head's second, laxer bar: over it the reading stands where the post names, in its
#: own words, the person or people it is about (a roster name, a title, a handle), the strongest form
#: of the condition its detector otherwise needs. Chosen on development sets; absent, the head's bar.
NAMED = ".named"


def sure_on_its_own(doc, context, label: str) -> bool:
    """Whether a cue head reads the post over its ``.alone`` bar, so its detector may let it stand
    without the condition that usually makes its finding (False without that bar or the model)."""
    return (head_score(doc, label) or 0.0) >= context.thresholds.get(label + ALONE, 1.01)


def quoted_words(doc, spans) -> str:
    """The evidence words as a reason shows them, or the post as a whole."""
    return ", ".join(f"“{doc.text[s:e]}”" for s, e in spans) or "the post as a whole"
