"""UK street addresses: "14 Oak Road", "Flat 3, 22 High St", "number 9 Maple Rise".

Presidio has no street-address recognizer. A house number followed by one to
three capitalised words and a street word ("Road", "Close", "Rise"...) is an
address; a street name alone ("Maple Rise") is a place, not a household.
"""
from __future__ import annotations

import re

from .lexicon import personal_data_lexicon, single_words

ENTITY = "STREET_ADDRESS"


def address_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["address"]
    suffixes = "|".join(sorted(map(re.escape, lex["street_suffixes"]), key=len, reverse=True))
    street = rf"(?<![\w/]){lex['house_number']}\s+{lex['street_name']}(?:{suffixes})\b\.?"
    single = rf"(?<![\w/]){lex['house_number']}\s+{lex['single_word_streets']}"
    patterns = [
        Pattern("house number and street", street, lex["score"]),
        Pattern("house number and one-word street", single, lex["score"]),
        Pattern("flat or suite", lex["unit"], lex["unit_score"]),
        Pattern("street name then number", lex["name_number"], lex["name_number_score"]),
    ]
    return PatternRecognizer(
        supported_entity=ENTITY, name="UkStreetAddressRecognizer", patterns=patterns,
        context=single_words(lex["context"]), global_regex_flags=re.MULTILINE,
    )
