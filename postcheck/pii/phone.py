"""UK phone numbers in the formats people write: 07700 900418, 020 8000 0000, (01632) 960217, +44 7700 900418."""
from __future__ import annotations

import re

from .lexicon import personal_data_lexicon, single_words

SEVEN_DIGITS = re.compile(r"\d(?:[\s().+-]{0,3}\d){6}")

ENTITY = "PHONE_NUMBER"


def uk_phone_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["phone"]
    patterns = [Pattern(p["name"], p["regex"], p["score"]) for p in lex["patterns"]]
    return PatternRecognizer(supported_entity=ENTITY, name="UkPhoneRecognizer", patterns=patterns,
                             context=single_words(lex["context"]))


def international_phone_recognizer():
    """Presidio's libphonenumber recognizer for other countries' formats.

    Any ten digits parse as a phone number somewhere, so below the threshold
    on its own: a context word ("call", "phone") lifts it.
    """
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    class ContextPhoneRecognizer(PhoneRecognizer):
        SCORE = personal_data_lexicon()["phone"]["international_score"]

        def analyze(self, text, entities, nlp_artifacts=None):
            if not SEVEN_DIGITS.search(text):  # libphonenumber over eight regions is the costliest step
                return []
            return super().analyze(text, entities, nlp_artifacts)

    return ContextPhoneRecognizer(supported_regions=tuple(personal_data_lexicon()["phone"]["international_regions"]),
                                  context=PhoneRecognizer.CONTEXT + single_words(personal_data_lexicon()["phone"]["context"]))
