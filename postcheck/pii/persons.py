"""Names: spaCy's PERSON entities from the shared parse, plus two patterns the small
model misses: a title and a name ("Mr R. Gadd", "Mrs Patel") and a child's
name followed by an age ("Ellie-Mae (7)").
"""
from __future__ import annotations

import re

from .lexicon import personal_data_lexicon

ENTITY = "PERSON"
TITLED = r"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?"


def spacy_person_recognizer():
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    return SpacyRecognizer(supported_entities=[ENTITY])


def titled_person_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    return PatternRecognizer(supported_entity=ENTITY, name="TitledPersonRecognizer",
                             patterns=[Pattern("title and name", TITLED, 0.85)],
                             global_regex_flags=re.MULTILINE)


def child_name_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    age = personal_data_lexicon()["child_age"]
    regex = rf"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=,?\s*{age})"
    return PatternRecognizer(supported_entity=ENTITY, name="ChildNameRecognizer",
                             patterns=[Pattern("name then a child's age", regex, 0.7)],
                             global_regex_flags=re.MULTILINE)
