"""Values introduced by a cue: "lives at 3 Mill Lane", "Address: ...", "Phone: (37) 788-063".

A regex lookbehind cannot hold cues of different lengths, so this recognizer
finds cue and value together and reports only the value's span. The cue
makes even an unusual format (a foreign address, a number in any country's
style) worth reporting; the value must still contain a digit.
"""
from __future__ import annotations

import re

from .lexicon import personal_data_lexicon


def cued_recognizers():
    return [_cued(name, spec) for name, spec in personal_data_lexicon()["cued"].items()]


def _cued(name: str, spec: dict):
    from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

    cues = "|".join(sorted(spec["cues"], key=len, reverse=True))
    pattern = re.compile(rf"(?:{cues})[ \t]*(?P<value>{spec['value']})", re.IGNORECASE | re.MULTILINE)
    entity, score = spec["entity"], float(spec["score"])

    class CuedRecognizer(EntityRecognizer):
        def load(self) -> None:
            return None

        def analyze(self, text, entities, nlp_artifacts=None):
            results = []
            for match in pattern.finditer(text):
                start, end = match.span("value")
                value = text[start:end].rstrip(" ,;:-")
                if not any(ch.isdigit() for ch in value):
                    continue
                explanation = AnalysisExplanation(recognizer=self.name, original_score=score,
                                                  pattern_name=f"after “{match.group(0)[:start - match.start()].strip()}”",
                                                  pattern=pattern.pattern)
                results.append(RecognizerResult(entity, start, start + len(value), score, explanation,
                                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
            return results

    return CuedRecognizer(supported_entities=[entity], name=f"Cued{name.title().replace('_', '')}Recognizer")
