"""Gifts and hospitality (10.1–10.3): accepted from a business, stronger when it seeks a decision.

A gift or hospitality word with a business giver in the same sentence
("Thanks to Hawthorn Homes for a lovely dinner") is a reminder to register it
(advice). It is a review when the giver seeks a council decision: an
applicant or site on the register of pending matters, or an application,
contract or tender named in the post. Declined (and registered) passes, and
so do community lunches and tickets on sale.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon
from ..signals import Signal
from ._cues import Cues, char_span, cue_lists, in_sentence, quote, someone_elses_words
from .base import Detector

APPLICANT = re.compile(r"applicant:\s*([^)]+)\)?", re.I)
#: words between "thanks to" or "from" and the business's name ("from the lads at Wharfage Inns")
GIVER_FILLERS = frozenset({"the", "team", "at", "folks", "people", "lovely", "boys", "lads", "girls", "guys", "gang", "crew"})
SITE_PREFIXES = re.compile(r"^(?:land at|land to the rear of|land adjacent to|former|the|units?)\s+", re.I)


def pending_keys(matters) -> dict[str, object]:
    """Names a post may use for a pending matter: its site and its applicant."""
    keys: dict[str, object] = {}
    for matter in matters:
        site = matter.address.split(",")[0].strip()
        site = re.sub(r"^[\d\-–]+\s+", "", SITE_PREFIXES.sub("", site)).strip()
        if len(site) > 3:
            keys[site] = matter
        found = APPLICANT.search(matter.description)
        if found:
            keys[found.group(1).strip()] = matter
    return keys


class GiftsDetector(Detector):
    name = "gifts"
    signals = frozenset({"gifts.accepted", "gifts.accepted.decision-pending"})

    def __init__(self, context):
        super().__init__(context)
        nlp = context.nlp
        self.cues = cue_lists(nlp, load_lexicon("gifts"), ("gifts", "givers", "business", "decision", "declined", "for_others"))
        self.keys = pending_keys(context.config.pending_matters)
        self.pending = Cues(nlp, list(self.keys), "pending")
        self.matter_of = {k.lower(): m for k, m in self.keys.items()}

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        if self.cues["declined"].find(doc) or self.cues["for_others"].find(doc):
            return []
        gifts = self.cues["gifts"].find(doc)
        if not gifts:
            return []
        givers = self.cues["givers"].find(doc)
        business = self.cues["business"].find(doc)
        pending = [s for s in self.pending.find(doc) if self._still_pending(s, post)]
        contracts = self.cues["decision"].find(doc)
        accepted = None
        for gift in gifts:
            triggers = in_sentence(gift, givers)
            if not triggers:
                continue
            giver = self._giver(gift, triggers, business + contracts, pending)
            if giver is not None:
                accepted = (gift, giver)
                break
        if accepted is None:
            return []
        gift, giver = accepted
        decision = pending[:1] or contracts[:1]
        spans = tuple(sorted({char_span(gift), char_span(giver)} | {char_span(s) for s in decision}))
        if decision:
            matter = self.matter_of.get(decision[0].text.lower()) if pending else None
            because = (f"{matter.reference} ({matter.address}) is pending on the register"
                       if matter is not None else f"the post mentions {quote(decision[0])}")
            return [Signal(
                "gifts.accepted.decision-pending", spans,
                f"{quote(gift)} from {quote(giver)}, who seeks a council decision or does business with the council: {because}",
                evidence={"gift": gift.text, "giver": giver.text, "decision": decision[0].text,
                          "register": "pending_matters" if matter is not None else None},
            )]
        return [Signal(
            "gifts.accepted", spans,
            f"{quote(gift)} from {quote(giver)}, a business",
            evidence={"gift": gift.text, "giver": giver.text},
        )]

    def _giver(self, gift, triggers, business, pending):
        """The business that gave it: a business or contract word, a pending applicant or site, or a named organisation."""
        doc = gift.doc
        for span in in_sentence(gift, pending) + in_sentence(gift, business):
            if not (gift.start <= span.start < gift.end):
                named = self._named(triggers[0])
                if named is not None and not (named.start < gift.end and gift.start < named.end):
                    return named
                # the giver before the trigger ("Cutside Marinas treated me to ..."): its whole name
                return next((e for e in doc.ents if e.start <= span.start < e.end), span)
        for trigger in triggers:
            index = trigger.end
            while index < len(doc) and doc[index].norm_ in GIVER_FILLERS:
                index += 1
            if index < len(doc) and doc[index].ent_type_ == "ORG":
                ent = next((e for e in doc.ents if e.start <= index < e.end), None)
                return ent if ent is not None else doc[index:index + 1]
        return None

    @staticmethod
    def _named(trigger):
        """The words after "thanks to" / "courtesy of", up to a comma or "for": the giver as written."""
        doc, end = trigger.doc, trigger.end
        while end < len(doc) and end - trigger.end < 6 and not doc[end].is_punct and doc[end].norm_ not in ("for", "who", "with", "on", "today", "tonight"):
            end += 1
        span = doc[trigger.end:end]
        return span if span and any(t.is_title or t.is_upper for t in span) else None

    def _still_pending(self, span, post) -> bool:
        matter = self.matter_of.get(span.text.lower())
        if matter is None or not (post.created_at and matter.decision_date):
            return matter is not None
        return post.created_at.date().isoformat() <= matter.decision_date
