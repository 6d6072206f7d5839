"""Predetermination: a closed mind on a pending quasi-judicial decision.

Closed-mind phrases and first-person settled-vote patterns (spaCy
``PhraseMatcher`` and ``Matcher``), only where the decision is quasi-judicial
(planning or licensing words, or an item of the register of pending matters).
Predisposition ("I have concerns", "I will listen to the evidence") passes,
and so does a settled view on a budget or policy: that is politics, not
predetermination. A register match, by reference, site name, or description
with its street, makes the finding stronger.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..signals import Signal
from .base import Detector, register

REFERENCE = re.compile(r"\b(?:\d{2}/\d{5}/[A-Z]{2,6}|[A-Z]{2,4}/\d{2}/\d{2,5})\b")
GENERIC_WORDS = {"road", "street", "lane", "land", "site", "house", "building", "new", "existing", "public"}


@dataclass(frozen=True)
class RegisterKey:
    phrase: str
    reference: str
    kind: str  # "reference" | "site" | "description"


@register
class PredeterminationDetector(Detector):
    name = "predetermination"
    signals = frozenset({"predetermination.closed-mind", "predetermination.closed-mind.register"})

    def __init__(self, context):
        super().__init__(context)
        from spacy.matcher import Matcher

        lexicon = load_lexicon("predetermination")
        nlp = context.nlp
        self.closed = [phrase_matcher(nlp, lexicon["closed_mind"], "LOWER")]
        self.votes = Matcher(nlp.vocab)
        for number, pattern in enumerate(lexicon["settled_votes"]):
            self.votes.add(f"settled-vote-{number}", [pattern])
        self.open = [phrase_matcher(nlp, lexicon["open_mind"], "LOWER")]
        self.qj = [phrase_matcher(nlp, lexicon["quasi_judicial"], "LOWER")]
        self.prefixes = sorted(lexicon["site_prefixes"], key=len, reverse=True)
        self.matters = context.config.pending_matters
        self.keys, localities = self._register_keys(nlp)
        self.register = [phrase_matcher(nlp, [k.phrase for k in self.keys], "LOWER")] if self.keys else []
        self.key_of = {k.phrase.lower(): k for k in self.keys}
        self.localities = {ref: [phrase_matcher(nlp, words, "LOWER")] for ref, words in localities.items()}

    def _register_keys(self, nlp):
        keys: list[RegisterKey] = []
        localities: dict[str, list[str]] = {}
        for matter in self.matters:
            parts = [p.strip() for p in matter.address.split(",") if p.strip()]
            site = parts[0] if parts else ""
            lowered = site.lower()
            for prefix in self.prefixes:
                if lowered.startswith(prefix + " "):
                    site = site[len(prefix) + 1:]
                    lowered = site.lower()
            site = re.sub(r"^[\d\-–]+\s+", "", site).strip()
            if site:
                keys.append(RegisterKey(site, matter.reference, "site"))
            localities[matter.reference] = [re.sub(r"^[\d\-–]+\s+", "", p) for p in parts[1:]] or [site]
            description = nlp(matter.description.split("(")[0])
            for chunk in description.noun_chunks:
                words = [t for t in chunk if not (t.is_stop or t.like_num or t.is_punct)]
                if len(words) >= 2 and not all(t.lower_ in GENERIC_WORDS for t in words):
                    keys.append(RegisterKey(chunk[words[0].i - chunk.start:].text, matter.reference, "description"))
                elif len(words) == 1 and words[0].text.isupper() and len(words[0].text) >= 3:
                    keys.append(RegisterKey(words[0].text, matter.reference, "description"))
        return keys, localities

    def detect(self, doc, post):
        hits = [(p, s, e) for p, s, e in match_phrases(self.closed, doc)]
        for match_id, start, end in self.votes(doc):
            span = doc[start:end]
            hits.append((span.text.lower(), span.start_char, span.end_char))
        if not hits or match_phrases(self.open, doc):
            return []
        matter, register_span = self._register_match(doc, post)
        qj = match_phrases(self.qj, doc) + [(m.group(0), *m.span()) for m in REFERENCE.finditer(doc.text)]
        if matter is None and not qj:
            return []
        hits.sort(key=lambda h: h[1])
        spans = tuple((s, e) for _, s, e in hits)
        phrases = ", ".join(f"“{doc.text[s:e]}”" for _, s, e in hits)
        if matter is not None:
            return [Signal(
                "predetermination.closed-mind.register", spans + (register_span,),
                f"{phrases} about {matter.reference} ({matter.address}), a pending matter on the register "
                f"to be decided on {matter.decision_date}",
                evidence={"phrases": [h[0] for h in hits], "register": "pending_matters", "entry": matter.reference},
            )]
        context_word = doc.text[qj[0][1]:qj[0][2]]
        return [Signal(
            "predetermination.closed-mind", spans,
            f"{phrases} states a settled view on a quasi-judicial matter (“{context_word}”)",
            evidence={"phrases": [h[0] for h in hits], "context": context_word},
        )]

    def _register_match(self, doc, post):
        for match in REFERENCE.finditer(doc.text):
            matter = self._pending(match.group(0), post)
            if matter is not None:
                return matter, match.span()
        description_hits = []
        for phrase, start, end in match_phrases(self.register, doc):
            key = self.key_of[phrase.lower()]
            matter = self._pending(key.reference, post)
            if matter is None:
                continue
            if key.kind == "site":
                return matter, (start, end)
            description_hits.append((matter, (start, end)))
        for matter, span in description_hits:
            if match_phrases(self.localities.get(matter.reference, []), doc):
                return matter, span
        return None, None

    def _pending(self, reference, post):
        """The register entry for ``reference`` if it is still undecided when posted."""
        for matter in self.matters:
            if matter.reference.lower() == reference.lower():
                if post.created_at and matter.decision_date and post.created_at.date().isoformat() > matter.decision_date:
                    return None
                return matter
        return None
