"""Impartiality of officers (3.1): public criticism of, or pressure on, officers.

An officer (named in the config's roster, or by role: "the planning
officer", "the officers' report", "the Head of Highways") in the same sentence
as criticism of their work or neutrality, or pressure to change advice or a
report. Thanking an officer, naming one neutrally, or asking them to explain
a decision passes. Criticism or pressure in words no list holds is the
officers cue head's reading (``cue.officers.impartiality``): it counts only
where the post names an officer, which is what makes it a finding, unless
the head is over its stricter ``.alone`` bar. Where the post names an officer
on the council's roster ("Sue Hamer", "Becky"), not a role alone ("the
planning department"), the head's laxer ``.named`` bar holds.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon
from ..signals import Signal
from ._cues import char_span, cue_lists, in_sentence, learned_cue, negated, quote, quoted_words, someone_elses_words, sure_on_its_own
from .base import Detector


#: the cue head read where no list holds the criticism or pressure
HEAD = "cue.officers.impartiality"
#: cues judged per post: a word repeated a thousand times is judged on its first few
MAX_CUES = 12


class OfficersDetector(Detector):
    name = "officers"
    signals = frozenset({"officers.pressure", "officers.criticism", "officers.learned-cue"})

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("officers")
        self.cues = cue_lists(context.nlp, lexicon, ("roles", "pressure", "criticism", "thanks", "orders_on_advice"))
        self.role_patterns = [re.compile(p, re.IGNORECASE) for p in lexicon.get("role_patterns") or []]

    def _officers(self, doc):
        """Spans naming an officer: role words and role patterns, then roster names."""
        return self._roles(doc) + self._on_the_roster(doc)

    def _roles(self, doc):
        """Spans naming an officer by role: role words ("the planning officer") and role patterns."""
        spans = list(self.cues["roles"].find(doc))
        text = doc.text  # built from the tokens on every read
        for pattern in self.role_patterns:
            for match in pattern.finditer(text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        return spans

    def _on_the_roster(self, doc):
        """Spans naming an officer on the roster (role "officer"), in full or by a surname or first
        name only one person on the roster has ("Rewrite it, Zoe")."""
        spans = []
        for mention in self.context.people.find(doc.text, bare_surnames=True, bare_first_names=True):
            if mention.person.role == "officer":
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        return spans

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        cues = {kind: self.cues[kind].find(doc)[:MAX_CUES] for kind in ("pressure", "criticism")}
        # an order, not a question or a refusal: "Withdraw the recommendation? No, ..."
        orders = [o for o in self.cues["orders_on_advice"].find(doc)[:MAX_CUES]
                  if not negated(o) and not o.sent.text.rstrip().endswith("?")]
        if not any(cues.values()) and not orders:
            return self._learned(doc)
        officers = self._officers(doc)
        if not officers:
            return self._learned(doc)  # no officer named: only a head sure on its own stands
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
        if not any(s.name == "officers.pressure" for s in signals):
            signals += self._ordered(doc, orders, officers, thanks)
        return signals or self._learned(doc)  # a listed word elsewhere in the post is no reason to stop reading

    @staticmethod
    def _ordered(doc, orders, officers, thanks) -> list[Signal]:
        """An order to change the advice: only officers advise, so it is aimed at the officer the post
        names, in whichever sentence."""
        named = [o for o in officers if not in_sentence(o, thanks)]
        if not orders or not named:
            return []
        spans = tuple(sorted({char_span(s) for s in orders} | {char_span(named[0])}))
        return [Signal(
            "officers.pressure", spans,
            f"{', '.join(quote(s) for s in orders)} puts public pressure on officers over their advice ({quote(named[0])})",
            evidence={"phrases": [s.text for s in orders], "target": named[0].text},
        )]

    def _learned(self, doc) -> list[Signal]:
        """Criticism of or pressure on an officer the lists miss: the cue head, where an officer is named."""
        thanks = self.cues["thanks"].find(doc)
        on_roster = [o for o in self._on_the_roster(doc) if not in_sentence(o, thanks)]
        named = [o for o in self._roles(doc) if not in_sentence(o, thanks)] + on_roster
        if not named and not sure_on_its_own(doc, self.context, HEAD):
            return []  # no officer, or one named only to be thanked, and the head not sure on its own
        # an officer named in person, not a role alone: the head's laxer ``.named`` bar holds
        reading = learned_cue(doc, self.context, HEAD, named=bool(on_roster))
        if reading is None:
            return []
        score, words = reading
        target = named[0] if named else None
        aimed = f"({quote(target)})" if target is not None else "(no officer named; sure enough on its own)"
        return [Signal("officers.learned-cue", tuple(sorted(set(words) | ({char_span(target)} if target else set()))),
                       f"reads as public criticism of or pressure on an officer (model {score:.2f}) "
                       f"{aimed}: {quoted_words(doc, words)}",
                       score=score, evidence={"model": round(score, 3), "target": target.text if target else None})]
