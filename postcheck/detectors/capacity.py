"""Capacity: a personal or party view presented as the council's (GR-DONT-6).

From any account but the council's official one, "the Council believes…",
"on behalf of <the council>" or "official council position" speaks for the
council. The reverse also breaks the rule: the official account posting
party campaigning. Reporting or disputing the council's view passes.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon
from ..signals import Signal
from ._cues import Cues, char_span, cue_lists, quote, someone_elses_words
from .base import Detector

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
    signals = frozenset({"capacity.speaks-as-council", "capacity.official-party"})

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
        self.party = cue_lists(nlp, load_lexicon("campaigning"), ("parties", "campaigning"))

    def detect(self, doc, post):
        if someone_elses_words(post):
            return []
        if is_official(post, self.context):
            return self._official_party(doc)
        hits = self.phrases.find(doc) + [span for span in self._council_refs(doc)]
        if not hits or self.reported.find(doc):
            return []
        hits.sort(key=lambda s: s.start_char)
        phrases = ", ".join(quote(s) for s in hits)
        account = f"a {post.account} account" if post.account else "an account"
        return [Signal(
            "capacity.speaks-as-council", tuple(char_span(s) for s in hits),
            f"{phrases} speaks for the council from {account} that is not the council's official one",
            evidence={"phrases": [s.text for s in hits], "account": post.account},
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
