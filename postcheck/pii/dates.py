"""Dates of birth: a date only counts when the words around it say it is a birth date."""
from __future__ import annotations

import re

from .lexicon import personal_data_lexicon, single_words

ENTITY = "DATE_OF_BIRTH"


def date_of_birth_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["date_of_birth"]
    patterns = [Pattern(p["name"], p["regex"], p["score"]) for p in lex["patterns"]]
    return PatternRecognizer(supported_entity=ENTITY, name="DateOfBirthRecognizer", patterns=patterns,
                             context=single_words(lex["context"]), global_regex_flags=re.IGNORECASE)
