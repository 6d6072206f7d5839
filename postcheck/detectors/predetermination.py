"""Predetermination: a closed mind on a pending quasi-judicial decision.

Closed-mind phrases and first-person settled-vote patterns (spaCy
``PhraseMatcher`` and ``Matcher``), only where the decision is quasi-judicial
(planning or licensing words, or an item of the register of pending matters).
Predisposition ("I have concerns", "I will listen to the evidence") passes,
and so does a settled view on a budget or policy: that is politics, not
predetermination. So does a post where the writer stays out of the decision
("I'll take no part in the licence review and leave the room"): no closed
mind decides it (the interests lexicon's ``staying_out``). A register match,
by reference, site name, or description with its street, makes the finding
stronger.
"""
from __future__ import annotations

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..registers import REFERENCE, PendingMatters
from ..scoring.base import MODEL_SCORES
from ..signals import Signal
from ._cues import sure_on_its_own
from .base import Detector

#: the judgement head for a settled view on a decision (see postcheck/data/models/embedded/heads.json)
STANCE_HEAD = "cue.predetermination.closed-mind"


class PredeterminationDetector(Detector):
    name = "predetermination"
    signals = frozenset({"predetermination.settled-view", "predetermination.settled-view.register"})

    def __init__(self, context):
        super().__init__(context)
        from spacy.matcher import Matcher

        lexicon = load_lexicon("predetermination")
        nlp = context.nlp
        self.thresholds = context.thresholds
        self.closed = [phrase_matcher(nlp, lexicon["closed_mind"], "LOWER")]
        self.votes = Matcher(nlp.vocab)
        for number, pattern in enumerate(lexicon["settled_votes"]):
            self.votes.add(f"settled-vote-{number}", [pattern])
        self.open = [phrase_matcher(nlp, lexicon["open_mind"], "LOWER")]
        self.qj = [phrase_matcher(nlp, lexicon["quasi_judicial"], "LOWER")]
        self.policy_heads = {w.lower() for w in lexicon.get("policy_heads", [])}
        self.case_words = {w.lower() for w in lexicon.get("case_words", [])}
        self.pending = PendingMatters(nlp, context.config.pending_matters, lexicon["site_prefixes"])
        self.staying_out = [phrase_matcher(nlp, load_lexicon("interests")["staying_out"], "LOWER")]

    def detect(self, doc, post):
        hits = [(p, s, e) for p, s, e in match_phrases(self.closed, doc)]
        for match_id, start, end in self.votes(doc):
            span = doc[start:end]
            hits.append((span.text.lower(), span.start_char, span.end_char))
        hits = [h for h in hits if not any(o[1] <= h[1] and h[2] <= o[2] and o[2] - o[1] > h[2] - h[1] for o in hits)]
        if match_phrases(self.open, doc) or match_phrases(self.staying_out, doc):
            return []
        if not hits:
            hits = self._learned_stance(doc)
        if not hits:
            return []
        matter, register_span = self.pending.match(doc, post)
        qj = [h for h in match_phrases(self.qj, doc) if not self._of_a_policy(doc, h)]
        qj += [(m.group(0), *m.span()) for m in REFERENCE.finditer(doc.text)]
        if matter is None and not qj and not sure_on_its_own(doc, self.context, STANCE_HEAD):
            return []  # no quasi-judicial word or register entry, and the stance head not sure on its own
        hits.sort(key=lambda h: h[1])
        spans = tuple((s, e) for _, s, e in hits)
        text = doc.text
        phrases = ", ".join(f"“{text[s:e]}”" for _, s, e in hits)
        if matter is not None:
            return [Signal(
                "predetermination.settled-view.register", spans + (register_span,),
                f"{phrases} about {matter.reference} ({matter.address}), a pending matter on the register "
                f"to be decided on {matter.decision_date}",
                evidence={"phrases": [h[0] for h in hits], "register": "pending_matters", "entry": matter.reference},
            )]
        if not qj:
            return [Signal(
                "predetermination.settled-view", spans,
                f"{phrases} states a settled view on what reads as a decision to be made (stance model, "
                "sure enough on its own without a planning or licensing word)",
                evidence={"phrases": [h[0] for h in hits], "context": None},
            )]
        context_word = doc.text[qj[0][1]:qj[0][2]]
        return [Signal(
            "predetermination.settled-view", spans,
            f"{phrases} states a settled view on a quasi-judicial matter (“{context_word}”)",
            evidence={"phrases": [h[0] for h in hits], "context": context_word},
        )]

    def _of_a_policy(self, doc, hit) -> bool:
        """A quasi-judicial word that only qualifies a fee, a department or a reform ("taxi licence
        fees", "our planning department"): a policy or a service, not a case to be decided."""
        span = doc.char_span(hit[1], hit[2], alignment_mode="expand")
        if span is None or span.text.lower() in self.case_words:
            return False
        root = span.root
        while root.dep_ == "compound" and root.head.i > root.i:
            if root.head.lemma_.lower() in self.policy_heads or root.head.lower_ in self.policy_heads:
                return True
            root = root.head
        return root.dep_ in ("amod", "nmod") and root.head.lower_ in self.policy_heads

    def _learned_stance(self, doc) -> list[tuple[str, int, int]]:
        """A settled view the phrase lists missed, from the stance head, with the words that drove it."""
        scores = doc.user_data.get(MODEL_SCORES) or {}
        scorer = self.context.scorer
        if scores.get(STANCE_HEAD, 0.0) < self.thresholds.get(STANCE_HEAD, 1.01):
            return []
        words = scorer.attribute(doc.text, STANCE_HEAD, top=6) if hasattr(scorer, "attribute") else []
        kept = []
        for start, end, _ in words:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not all(t.is_stop or t.is_punct for t in span):
                kept.append((f"{span.text.lower()} (model {scores[STANCE_HEAD]:.2f})", start, end))
        return kept[:3] or [(f"settled view (model {scores[STANCE_HEAD]:.2f})", 0, len(doc.text))]
