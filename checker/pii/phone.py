"""UK phone numbers in the formats people write: 07700 900418, 020 8000 0000, (01632) 960217, +44 7700 900418."""
from __future__ import annotations

from .lexicon import personal_data_lexicon, single_words

ENTITY = "PHONE_NUMBER"


def uk_phone_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["phone"]
    patterns = [Pattern(p["name"], p["regex"], p["score"]) for p in lex["patterns"]]
    return PatternRecognizer(supported_entity=ENTITY, name="UkPhoneRecognizer", patterns=patterns,
                             context=single_words(lex["context"]))


def international_phone_recognizer():
    """Presidio's libphonenumber recognizer for other countries' formats."""
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    return PhoneRecognizer(supported_regions=("GB", "US", "CA", "IE", "DE", "FR", "AU", "IN"))
