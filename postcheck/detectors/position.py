"""Improper use of position (6.1): favours, threats and connected businesses.

Four patterns: offering to bend the council's process ("I can get it
fast-tracked", "I'll have a word with planning"); threatening to use the role
against someone ("see how far your grant application gets"); tying council
services to party support; and promoting a business of the councillor's
family or one on their own register of interests. Ordinary casework
("I've reported it to highways") and refusals ("I can't fast-track it") pass,
and so does a family or registered business named in a post where the writer
stays out of the decision ("my daughter has bid for the catering contract, so
I left the room"): that is what the Code asks (the interests lexicon's
``staying_out``). A declaration alone does not: the writer may still push.
"""
from __future__ import annotations

from ..lexicons import load_lexicon
from ..signals import Signal
from ._cues import Cues, char_span, cue_lists, in_sentence, negated, quote, someone_elses_words
from .base import Detector
from .interests import interest_index, own_interests

POSSESSIVES = ("my", "our")
BUSINESS_WINDOW = 4


class PositionDetector(Detector):
    name = "position"
    signals = frozenset({
        "position.favour", "position.threat", "position.services-for-support",
        "position.connected-business", "position.family-advantage",
    })

    def __init__(self, context):
        super().__init__(context)
        nlp = context.nlp
        lexicon = load_lexicon("position")
        self.cues = cue_lists(nlp, lexicon, (
            "favours", "audience", "refusals", "threats", "decision_words", "services_for_support", "promotion",
            "interest_promotion", "family_advantage",
        ))
        self.kin = Cues(nlp, lexicon.get("kin", []), "kin")
        self.business = {w.lower() for w in lexicon.get("business_nouns", [])}
        self.campaign = cue_lists(nlp, load_lexicon("campaigning"), ("parties", "campaigning"))
        self.interests = interest_index(nlp, context.config.interests, by_kind=False)
        self.staying_out = cue_lists(nlp, load_lexicon("interests"), ("staying_out",))["staying_out"]

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        signals = []
        favours = [s for s in self.cues["favours"].find(doc) if not negated(s)]
        if self.cues["refusals"].find(doc) or not (self.cues["audience"].find(doc) or any(_promised(f) for f in favours)):
            favours = []  # offered to someone, or promised by the writer ("I'll draw it up so it sails through")
        if favours:
            signals.append(Signal(
                "position.favour", tuple(char_span(s) for s in favours),
                f"{', '.join(quote(s) for s in favours)} offers to bend the council's process through the role",
                evidence={"phrases": [s.text for s in favours]},
            ))
        decisions = self.cues["decision_words"].find(doc)
        threats = [s for s in self.cues["threats"].find(doc) if in_sentence(s, decisions)]
        if threats:
            signals.append(Signal(
                "position.threat", tuple(char_span(s) for s in threats),
                f"{', '.join(quote(s) for s in threats)} threatens to use the role against someone's "
                f"{in_sentence(threats[0], decisions)[0].text}",
                evidence={"phrases": [s.text for s in threats]},
            ))
        services = self.cues["services_for_support"].find(doc)
        party = [s for cues in self.campaign.values() for s in cues.find(doc)]
        if services and party:
            signals.append(Signal(
                "position.services-for-support", tuple(char_span(s) for s in services + party[:1]),
                f"{quote(services[0])} ties council services to party support ({quote(party[0])})",
                evidence={"phrases": [s.text for s in services], "party": party[0].text},
            ))
        if not self.staying_out.find(doc):  # the writer takes no part in the decision
            signals.extend(self._connected_business(doc, post))
            signals.extend(self._family_advantage(doc))
        return signals

    def _family_mentions(self, doc):
        """"my son", "our daughter": kin words after a first-person possessive."""
        return [k for k in self.kin.find(doc) if k.start > 0 and doc[k.start - 1].norm_ in POSSESSIVES]

    def _connected_business(self, doc, post):
        found = []
        for kin in self._family_mentions(doc):
            window = doc[kin.end:min(len(doc), kin.end + BUSINESS_WINDOW)]
            noun = next((t for t in window if t.lower_ in self.business), None)
            if noun is not None:
                found.append((doc[kin.start - 1:noun.i + 1], self.cues["promotion"].find(doc)))
        mine = set(own_interests(self.context, post))
        for entry, span in self.interests.find(doc, mine):
            found.append((span, self.cues["interest_promotion"].find(doc)))
        out = []
        for business, promotion in found:
            if not promotion:
                continue
            out.append(Signal(
                "position.connected-business", (char_span(business), char_span(promotion[0])),
                f"{quote(business)} is a business connected to you, promoted ({quote(promotion[0])})",
                evidence={"business": business.text, "promotion": promotion[0].text},
            ))
            break
        return out

    def _family_advantage(self, doc):
        advantage = self.cues["family_advantage"].find(doc)
        for kin in self._family_mentions(doc):
            near = in_sentence(kin, advantage)
            if near:
                family = doc[kin.start - 1:kin.end]
                return [Signal(
                    "position.family-advantage", (char_span(family), char_span(near[0])),
                    f"{quote(family)} is steered towards a council opportunity ({quote(near[0])})",
                    evidence={"family": family.text, "advantage": near[0].text},
                )]
        return []


#: the writer promising ("I'll", "I will", "I can")
PROMISE_AUXILIARIES = frozenset({"'ll", "’ll", "will", "can", "'d", "’d", "would"})


def _promised(span) -> bool:
    """The writer promises the favour: a verb over it has "I" as its subject and "will", "'ll" or
    "can" beside it ("I'll draw it up so it sails through"), not "cabinet fast-tracked it and I can
    tell you ..."."""
    token = span.root
    while True:
        children = list(token.children)
        if (any(c.dep_ == "nsubj" and c.lower_ == "i" for c in children)
                and any(c.dep_ == "aux" and c.lower_ in PROMISE_AUXILIARIES for c in children)):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
