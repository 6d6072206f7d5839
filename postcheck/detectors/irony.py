"""Irony and sarcasm aimed at people (Golden Rule GR-DO-6). Advice only.

Sarcasm markers ("/s", "yeah right", "slow clap", "well done, genius"),
mock praise (praise for a bad deed: "congratulations to the cabinet for
closing three libraries") and scare quotes around words in a post about a
person ("another 'balanced' budget"), and irony in words no list holds, read
by the encoder's irony head (``cue.tone.irony-risk``). Only when the post aims
at a person or people: a name from the roster, a title and surname, an
@handle, "you", a group such as the cabinet, or a person the parser finds;
failing those, the target head's reading of a person, the person addressed,
or an organisation or group of people (a party, a department, a contractor).
Satire of a policy and sincere praise pass.
"""
from __future__ import annotations

import re

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..people import HANDLE, TITLES
from ..signals import Signal
from ..scoring.base import MODEL_SCORES, target_kind
from ..targets import GROUP, ORGANISATION, PARTY, PERSON, party_names
from ._cues import learned_cue, quoted_words, someone_elses_words
from .base import Detector

TITLED = re.compile(rf"\b{TITLES}\s+[A-Z][\w'-]+")
SLASH_S = re.compile(r"(?:^|\s)/s\b", re.MULTILINE)
#: the irony head (``cue.tone.irony-risk``)
HEAD = "cue.tone.irony-risk"
#: target kinds (the target head's reading) that count as people the irony aims at, as a reason shows them
AIMED_KINDS = {"named_person": "a person the post names (model)", "addressed_person": "the person addressed (model)",
               "organisation": "an organisation or group of people (model)",
               "protected_group": "a group of people (model)"}
#: the resolver's mention kinds (``postcheck.targets``) that are people the irony aims at
AIMED_MENTIONS = frozenset({PERSON, GROUP, PARTY})
SECOND_PERSON = {"you", "your", "yours", "yourself", "yourselves", "you've", "you're", "you'll", "you'd"}
SCARE = re.compile(r"(?:(?<=[\s(])|^)(['‘\"“])(?=\w)([^'‘’\"“”\n]{1,60}?)(?<=[\w.!?])(['’\"”])(?=[\s.,;:!?)]|$)", re.MULTILINE)


class IronyDetector(Detector):
    name = "irony"
    signals = frozenset({"irony.sarcasm-marker", "irony.mock-praise", "irony.scare-quotes", "irony.learned"})

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("irony")
        nlp = context.nlp
        markers = [m for m in lexicon["markers"] if m.strip() != "/s"]
        self.markers = [phrase_matcher(nlp, markers, "LOWER")]
        self.one_word = {w.lower() for w in lexicon.get("one_word_mockery", [])}
        self.window = int(lexicon.get("window", 8))
        self.praise = [phrase_matcher(nlp, lexicon["praise"], "LOWER")]
        self.bad = {w.lower() for w in lexicon["bad_deeds"]}
        self.good = {w.lower() for w in lexicon["good_deeds"]}
        scare = lexicon.get("scare_quotes", {})
        self.scare_words = int(scare.get("max_words", 4))
        self.reporting = {w.lower() for w in scare.get("reporting_words", [])}
        self.praise_words = {w.lower() for w in scare.get("praise_words", [])}
        self.groups = [phrase_matcher(nlp, lexicon["people_groups"], "LOWER")]

    def detect(self, doc, post):
        aim, kind, named = self._aim(doc)
        if not aim:
            return []
        # a party or a group is no one person: the account patterns group people only
        facts = {"target": aim} if kind is None else {"target": aim, "target_kind": kind}
        if kind == ORGANISATION:  # only the parser's reading of an organisation: the head alone judges
            return self._learned(doc, post, aim, facts, named)
        signals = []
        markers = [(s, e) for _, s, e in match_phrases(self.markers, doc)]
        markers += [(m.end() - 2, m.end()) for m in SLASH_S.finditer(doc.text)]
        markers += self._one_word(doc)
        if markers:
            markers = _outermost(markers)
            signals.append(self._signal("irony.sarcasm-marker", doc, markers, "marks sarcasm", aim, facts))
        mock = self._mock_praise(doc)
        if mock:
            signals.append(self._signal("irony.mock-praise", doc, mock, "praises something bad (mock praise)", aim, facts))
        scare = self._scare_quotes(doc)
        if scare:
            signals.append(self._signal("irony.scare-quotes", doc, scare, "in scare quotes", aim, facts))
        return signals + self._learned(doc, post, aim, facts, named)

    def _learned(self, doc, post, aim: str, facts: dict, named: bool) -> list[Signal]:
        """Irony in words no list holds: the head's reading, aimed at ``aim``; its laxer ``.named``
        bar where the post's own words name the aim, its own bar where only the target head does."""
        reading = None if someone_elses_words(post) else learned_cue(doc, self.context, HEAD, named=named)
        if reading is None:
            return []
        score, spans = reading
        return [Signal(
            "irony.learned", tuple(spans) or ((0, len(doc.text)),),
            f"{quoted_words(doc, spans)} read as irony (model {score:.2f}), aimed at {aim}",
            score=score, evidence={"model": round(score, 3), **facts},
        )]

    def _signal(self, name, doc, spans, what, aim, facts):
        quoted = ", ".join(f"“{doc.text[s:e]}”" for s, e in spans[:3])
        return Signal(name, tuple(spans), f"{quoted} {what}, aimed at {aim}",
                      evidence={"phrases": [doc.text[s:e] for s, e in spans], **facts})

    def _aim(self, doc) -> tuple[str, str | None, bool]:
        """The person or people the post is about ("" when it names none), the resolver's kind for
        a party or a group (None for a person), and whether the post's own words name them (False
        for a bare "you", and where only the target head's reading supplies the aim)."""
        mentions = self.context.people.find(doc.text)
        if mentions:
            return mentions[0].text, None, True
        for pattern in (TITLED, HANDLE):
            match = pattern.search(doc.text)
            if match:
                return match.group(0), None, True
        groups = match_phrases(self.groups, doc)
        if groups:
            return doc.text[groups[0][1]:groups[0][2]], None, True
        if any(t.lower_ in SECOND_PERSON for t in doc):
            return "“you”", None, False  # a "you" may be a reader thanked, so it names no one
        people = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
        if people:
            return people[0], None, True
        # the shared resolver's reading: a role ("whoever in cabinet"), a party, a protected group; a
        # policy, a thing or the council itself is satire of an institution, and the parser's
        # organisations are too often places
        aimed = [t for t in self.context.targets.mentions(doc) if t.kind in AIMED_MENTIONS]
        if aimed:
            return aimed[0].text, None if aimed[0].kind == PERSON else aimed[0].kind, True
        parties = party_names(doc)  # a party's name the parser took for some other organisation
        if parties:
            return parties[0].text, PARTY, True
        # an organisation the parser finds (a local party, "the Alliance"): not named in words the lists
        # know, so only the head reads it, at its own bar, not the laxer one (the parser's organisations
        # are too often places or roads for a marker or scare quotes to stand on them)
        organisations = [ent for ent in doc.ents if ent.label_ in ("ORG", "NORP")]
        if organisations:
            return organisations[0].text, ORGANISATION, False
        # no word the lists or the parser know: the target head's reading ("our Leader", a party, a
        # department, a contractor), never a policy or a thing
        return AIMED_KINDS.get(target_kind(doc.user_data.get(MODEL_SCORES)) or "", ""), None, False

    def _one_word(self, doc):
        out = []
        for sent in doc.sents:
            words = [t for t in sent if not t.is_punct and not t.is_space]
            if len(words) == 1 and words[0].lower_ in self.one_word:
                out.append((words[0].idx, words[0].idx + len(words[0])))
        return out

    def _mock_praise(self, doc):
        out = []
        for _, start, end in match_phrases(self.praise, doc):
            span = doc.char_span(start, end, alignment_mode="expand")
            following = doc[span.end: min(span.end + self.window, span.sent.end)]
            for token in following:
                word = token.lower_
                if word in self.good or token.lemma_.lower() in self.good:
                    break
                if word in self.bad or token.lemma_.lower() in self.bad:
                    out.append((start, token.idx + len(token)))
                    break
        return out

    def _scare_quotes(self, doc):
        out = []
        for match in SCARE.finditer(doc.text):
            opening, inner, closing = match.groups()
            if not _pair(opening, closing):
                continue
            words = inner.split()
            if not (1 <= len(words) <= self.scare_words):
                continue
            lowered = " ".join(w.strip(".,;:!?").lower() for w in words)
            if not any(w in self.praise_words for w in lowered.split()) and lowered not in self.praise_words:
                continue
            if len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in {"to", "of", "the", "and", "for", "a", "in"}):
                continue  # a title or a name: 'Right to Buy'
            before = doc.char_span(0, match.start(), alignment_mode="contract")
            previous = [t for t in (before or [])][-3:]
            if any(t.lemma_.lower() in self.reporting or t.lower_ in self.reporting for t in previous):
                continue
            out.append(match.span())
        return out


def _pair(opening: str, closing: str) -> bool:
    return (opening, closing) in {("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"), ("'", "’"), ("‘", "'")}


def _outermost(spans):
    """Drop spans inside another ("yeah right" within "Oh yeah right")."""
    spans = sorted(set(spans), key=lambda se: (se[0], -se[1]))
    kept = []
    for start, end in spans:
        if not any(s <= start and end <= e for s, e in kept):
            kept.append((start, end))
    return kept
