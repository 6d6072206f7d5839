"""Capacity: a personal or party view presented as the council's (GR-DONT-6).

From any account but the council's official one, "the Council believes…",
"on behalf of <the council>" or "official council position" speaks for the
council. The reverse also breaks the rule: the official account posting
party campaigning. Reporting or disputing the council's view passes, and so
does a post that disclaims the council's voice ("not speaking for the
council", "my own view, not the council's"): the phrase it negates is the
opposite of the breach. A view presented as the council's in words no list
holds is the cue head's reading (``cue.capacity.council-voice``), read here so
the same disclaimer holds it back.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon
from ..signals import Signal
from ._cues import Cues, char_span, cue_lists, learned_cue, quote, quoted_words, someone_elses_words
from .base import Detector

HEAD = "cue.capacity.council-voice"
#: words that negate a council phrase ("not on behalf of the council", "not the council's")
NEGATIONS = frozenset({"not", "n't", "never"})
#: words that may stand between the negation and the phrase it negates ("not speaking for the council")
BETWEEN = frozenset({"a", "an", "the", "on", "behalf", "of", "speaking", "writing", "posting", "for", "as", "in"})

NAME_PREFIXES = re.compile(r"^(?:the\s+)?(?:(?:london|royal|metropolitan)\s+)?(?:borough|city|county|district)\s+of\s+", re.I)
NAME_SUFFIXES = re.compile(r"\s+(?:(?:metropolitan\s+)?(?:borough|city|county|district)\s+)?council$", re.I)


def council_core(name: str) -> str:
    """The council's name without "Borough of" or "Council" ("Cray Valley"); "" for the placeholder."""
    core = NAME_SUFFIXES.sub("", NAME_PREFIXES.sub("", name.strip())).strip()
    return "" if core.lower() in ("your", "your council") else core


def council_names(name: str) -> list[str]:
    """Ways a post may name the council: "Borough of Cray Valley" -> "Cray Valley Council", "Cray
    Valley BC", …"""
    core = council_core(name)
    if not core:
        return []
    kinds = ("", "Borough ", "City ", "District ", "County ", "Metropolitan Borough ")
    return [name, f"Borough of {core}"] + [f"{core} {kind}Council" for kind in kinds] + [
        f"{core} {short}" for short in ("MBC", "BC", "DC", "CC")]


def is_official(post, context) -> bool:
    """The council's corporate account: by the post's account kind or by its author handle."""
    if post.account == "official":
        return True
    person = context.people.author(post.author)
    return person is not None and person.name.lower() == context.config.council_name.lower()


class CapacityDetector(Detector):
    name = "capacity"
    signals = frozenset({"capacity.speaks-as-council", "capacity.official-party", "capacity.learned-cue"})

    def __init__(self, context):
        super().__init__(context)
        nlp = context.nlp
        lexicon = load_lexicon("capacity")
        words = list(lexicon["council_words"]) + council_names(context.config.council_name)
        self.council = Cues(nlp, words, "council")
        self.verbs = {v.lower() for v in lexicon["voice_verbs"]}
        self.helpers = {h.lower() for h in lexicon["helpers"]}
        self.not_stance = {w.lower() for w in lexicon.get("not_stance", [])}
        self.phrases = Cues(nlp, lexicon["voice_phrases"], "voice")
        self.reported = Cues(nlp, lexicon["reported"], "reported")
        self.own_view = Cues(nlp, lexicon.get("own_view") or [], "own_view")
        self.party = cue_lists(nlp, load_lexicon("campaigning"), ("parties", "campaigning"))

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        if is_official(post, self.context):
            return self._official_party(doc)
        if self._disclaimed(doc) or self.reported.find(doc):
            return []
        hits = self.phrases.find(doc) + [span for span in self._council_refs(doc)]
        if not hits:
            return [] if self.own_view.find(doc) else self._learned(doc)
        hits.sort(key=lambda s: s.start_char)
        phrases = ", ".join(quote(s) for s in hits)
        account = f"a {post.account} account" if post.account else "an account"
        return [Signal(
            "capacity.speaks-as-council", tuple(char_span(s) for s in hits),
            f"{phrases} speaks for the council from {account} that is not the council's official one",
            evidence={"phrases": [s.text for s in hits], "account": post.account},
        ), *self._learned(doc)]

    def _disclaimed(self, doc) -> bool:
        """The post says it is not the council speaking: a council phrase negated just before it ("not on
        behalf of Askerby District Council", "my view, not the council's", "I'm not speaking for the
        council")."""
        for span in self.phrases.find(doc) + self.council.find(doc):
            i = span.start - 1
            while i >= span.sent.start and doc[i].lower_ in BETWEEN:
                i -= 1
            if i >= span.sent.start and doc[i].lower_ in NEGATIONS:
                return True
        return False

    def _learned(self, doc) -> list[Signal]:
        """A view presented as the council's in words no list holds: the cue head (not read where the
        post names the view as the writer's or their group's, ``own_view``, which is what the rule asks)."""
        reading = learned_cue(doc, self.context, HEAD)
        if reading is None:
            return []
        score, spans = reading
        return [Signal(
            "capacity.learned-cue", tuple(spans) or ((0, len(doc.text)),),
            f"reads as a personal or party view presented as the council's (model {score:.2f}): "
            f"{quoted_words(doc, spans)}",
            score=score, evidence={"model": round(score, 3)},
        )]

    def _council_refs(self, doc):
        """Council words used as the subject of a stance verb, or after "on behalf of" or "we at"."""
        for ref in self.council.find(doc):
            before = [t.norm_ for t in doc[max(0, ref.start - 3):ref.start]]
            if before == ["on", "behalf", "of"]:
                yield doc[ref.start - 3:ref.end]
                continue
            if before[-2:] == ["we", "at"]:  # "We at Forgeley MBC condemn ..."
                yield doc[ref.start - 2:ref.end]
                continue
            index = ref.end
            while index < len(doc) and doc[index].norm_ in self.helpers:
                index += 1
            if index < len(doc) and doc[index].lower_ in self.verbs and doc[index].pos_ in ("VERB", "AUX"):
                after = doc[index + 1].norm_ if index + 1 < len(doc) else ""
                if after not in self.not_stance:
                    yield doc[ref.start:index + 1]

    def _official_party(self, doc):
        hits = [s for cues in self.party.values() for s in cues.find(doc)]
        if not hits:
            return []
        hits.sort(key=lambda s: s.start_char)
        return [Signal(
            "capacity.official-party", tuple(char_span(s) for s in hits),
            f"the council's official account posts party-political content ({', '.join(quote(s) for s in hits)})",
            evidence={"phrases": [s.text for s in hits]},
        )]
