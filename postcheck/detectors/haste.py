"""Signs of posting in haste (Golden Rule GR-DONT-1). Advice only.

A time inside the council's late-night window (in the council's time zone,
so 22:30Z in summer is 23:30 local), drinking or tiredness mentioned by the
author, shouting in capitals, and angry outbursts ("sick and tired", "!!!"
with an angry word). Alcohol as a subject ("licensing policy", "wine and
cheese evening") and a cheerful "!!!" pass.
"""
from __future__ import annotations

import re
from datetime import time

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..signals import Signal
from ._clock import in_window, local_time
from ..normalise import NORMALISED_KEY
from .base import Detector

WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b"


class HasteDetector(Detector):
    name = "haste"
    signals = frozenset({"haste.late-night", "haste.alcohol", "haste.tiredness", "haste.shouting", "haste.rage"})

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("haste")
        nlp = context.nlp
        self.alcohol = [phrase_matcher(nlp, lexicon["alcohol"], "LOWER")]
        self.sober = [phrase_matcher(nlp, lexicon["sober"], "LOWER")]
        self.tired = [phrase_matcher(nlp, lexicon["tiredness"], "LOWER")]
        self.not_tired = [phrase_matcher(nlp, lexicon["not_tiredness"], "LOWER")]
        self.rage = [phrase_matcher(nlp, lexicon["rage"], "LOWER")]
        self.angry = [phrase_matcher(nlp, lexicon["angry_words"], "LOWER")]
        repeat = int(lexicon.get("repeated_punctuation", 3))
        self.repeated = re.compile(r"[!?]{%d,}" % repeat)
        caps = lexicon["capitals"]
        self.caps_share = float(caps["share"])
        self.caps_min = int(caps["min_words"])
        self.caps_run = int(caps["run"])
        self.abbreviations = {a.upper() for a in caps["abbreviations"]}
        cues = "|".join(re.escape(c) for c in sorted(lexicon["time_cues"], key=len, reverse=True))
        self.said_time = re.compile(rf"\b(?:{cues})\s+{CLOCK}", re.IGNORECASE)
        self.late_words = [phrase_matcher(nlp, lexicon.get("late_phrases", []), "LOWER")]
        self.window: tuple[time, time] = context.config.late_night

    def detect(self, doc, post):
        signals = []
        late = self._late(post)
        if late:
            signals.append(late)
        signals += self._said_late(doc)
        signals += self._phrases(doc)
        shout = self._shouting(doc)
        if shout:
            signals.append(shout)
        return signals

    def _late(self, post):
        if post.created_at is None or not post.time_known:
            return None
        when = local_time(post.created_at, self.context.config.timezone)
        start, end = self.window
        if not in_window(when.time(), start, end):
            return None
        return Signal(
            "haste.late-night", (),
            f"posted at {when:%H:%M} local time, inside the late-night window ({start:%H:%M}–{end:%H:%M})",
            evidence={"local_time": when.isoformat(), "window": [f"{start:%H:%M}", f"{end:%H:%M}"]},
        )

    def _said_late(self, doc):
        out = [
            Signal("haste.late-night", ((s, e),), f"“{doc.text[s:e]}” says it is written late at night",
                   evidence={"phrase": doc.text[s:e]})
            for _, s, e in match_phrases(self.late_words, doc)
        ]
        start, end = self.window
        for match in self.said_time.finditer(doc.text):
            hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3).lower()
            if not (1 <= hour <= 12 and minute < 60):
                continue
            hour = hour % 12 + (12 if half == "pm" else 0)
            if in_window(time(hour, minute), start, end):
                out.append(Signal(
                    "haste.late-night", (match.span(),),
                    f"“{match.group(0)}” says it is written late at night",
                    evidence={"phrase": match.group(0)},
                ))
        return out

    def _phrases(self, doc):
        out = []
        # "Had a drink? No, stone-cold sober": a denial anywhere in the post cancels it
        drink = [] if match_phrases(self.sober, doc) else [(s, e) for _, s, e in match_phrases(self.alcohol, doc)]
        if drink:
            out.append(self._signal("haste.alcohol", doc, drink, "mentions drinking"))
        not_tired = match_phrases(self.not_tired, doc)
        tired = [(s, e) for _, s, e in match_phrases(self.tired, doc)
                 if not any(ns <= s < ne for _, ns, ne in not_tired) and not _verb_use(doc, s, e)]
        if tired:
            out.append(self._signal("haste.tiredness", doc, tired, "mentions tiredness"))
        rage = [(s, e) for _, s, e in match_phrases(self.rage, doc)]
        if not rage and match_phrases(self.angry, doc):
            rage = [m.span() for m in self.repeated.finditer(doc.text)]
        if rage:
            out.append(self._signal("haste.rage", doc, rage, "reads as written in anger"))
        return out

    @staticmethod
    def _signal(name, doc, spans, what):
        quoted = ", ".join(f"“{doc.text[s:e]}”" for s, e in spans[:3])
        return Signal(name, tuple(spans), f"{quoted} {what}", evidence={"phrases": [doc.text[s:e] for s, e in spans]})

    def _shouting(self, doc):
        norm = doc.user_data.get(NORMALISED_KEY)
        words = [m for m in WORD.finditer(norm.cased if norm is not None else doc.text)]
        if not words:
            return None
        caps = [m for m in words if m.group(0).isupper() and m.group(0).upper() not in self.abbreviations]
        run, longest, best = 0, 0, None
        first = None
        for m in words:
            if m.group(0).isupper() and m.group(0).upper() not in self.abbreviations:
                run += 1
                first = first if run > 1 else m
                if run > longest:
                    longest, best = run, (first.start(), m.end())
            else:
                run = 0
        share = len(caps) / len(words)
        if len(caps) >= self.caps_min and share >= self.caps_share:
            span = (caps[0].start(), caps[-1].end())
        elif longest >= self.caps_run:
            span = best
        else:
            return None
        return Signal(
            "haste.shouting", (span,),
            f"{len(caps)} of {len(words)} words are in capitals (shouting)",
            evidence={"capital_words": len(caps), "words": len(words)},
        )


def _verb_use(doc, start, end) -> bool:
    """"The floods have shattered ...", "exhausted every option", "shattered records":
    a verb or a description of a thing, not the author's state."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
        return True
    return any(c.dep_ == "dobj" or (c.dep_ == "aux" and c.lemma_ == "have") for c in token.children)
