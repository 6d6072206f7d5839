"""Values introduced by a cue: "lives at 3 Mill Lane", "Address: ...", "Phone: (37) 788-063".

A regex lookbehind cannot hold cues of different lengths, so this recognizer
finds cue and value together and reports only the value's span. The cue
makes even an unusual format (a foreign address, a number in any country's
style) worth reporting; the value must still contain a digit.
"""
from __future__ import annotations

import re

from .lexicon import personal_data_lexicon

#: the longest value read after a cue (an address, a number, a name is far shorter)
MAX_VALUE = 200


def cued_recognizers():
    return [_cued(name, spec) for name, spec in personal_data_lexicon()["cued"].items()]


def _cued(name: str, spec: dict):
    from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

    cues = "|".join(sorted(spec["cues"], key=len, reverse=True))
    pattern = re.compile(rf"(?:{cues})[ \t]*(?P<value>{spec['value']})", re.IGNORECASE | re.MULTILINE)
    cue = re.compile(rf"(?:{cues})[ \t]*", re.IGNORECASE | re.MULTILINE)
    value = re.compile(spec["value"], re.IGNORECASE | re.MULTILINE)
    entity, score = spec["entity"], float(spec["score"])

    def matches(text: str):
        """(match start, value start, value end) for each cue and its value, scanning at most
        ``MAX_VALUE`` characters after a cue: a value with no end in sight (no digit, no full stop)
        would otherwise make every cue scan to the end of the line, quadratic in cues x length."""
        resume = 0
        for found in cue.finditer(text):
            if found.start() < resume:
                continue
            hit = value.match(text, found.end(), min(len(text), found.end() + MAX_VALUE))
            if hit is not None and hit.end() > hit.start():
                resume = hit.end()
                yield found.start(), hit.start(), hit.end()

    class CuedRecognizer(EntityRecognizer):
        def load(self) -> None:
            return None

        def analyze(self, text, entities, nlp_artifacts=None):
            results = []
            for cue_start, start, end in matches(text):
                found = text[start:end].rstrip(" ,;:-")
                if not any(ch.isdigit() for ch in found):
                    continue
                explanation = AnalysisExplanation(recognizer=self.name, original_score=score,
                                                  pattern_name=f"after “{text[cue_start:start].strip()}”",
                                                  pattern=pattern.pattern)
                results.append(RecognizerResult(entity, start, start + len(found), score, explanation,
                                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
            return results

    return CuedRecognizer(supported_entities=[entity], name=f"Cued{name.title().replace('_', '')}Recognizer")
