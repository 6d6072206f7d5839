"""UK identifiers: Presidio's own recognizers (several ship disabled) switched on, plus
NI and NHS numbers that are *introduced as such* ("NI number QQ 12 34 56 C")
even when their prefix or checksum is not a valid one: a mistyped number
published as someone's NHS number is still a disclosure.
"""
from __future__ import annotations

import re

from .lexicon import personal_data_lexicon, single_words

CASE_SENSITIVE = re.DOTALL | re.MULTILINE


def presidio_uk_recognizers():
    from presidio_analyzer.predefined_recognizers import (
        NhsRecognizer,
        UkDrivingLicenceRecognizer,
        UkNinoRecognizer,
        UkPassportRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
    )

    lex = personal_data_lexicon()
    streets = single_words(lex["address"]["street_suffixes"])
    postcode = UkPostcodeRecognizer(context=UkPostcodeRecognizer.CONTEXT + single_words(lex["postcode_context"]) + streets)
    recognizers = [NhsRecognizer(), UkNinoRecognizer(), UkPassportRecognizer(), UkDrivingLicenceRecognizer(),
                   UkVehicleRegistrationRecognizer(), postcode]
    for recognizer in (postcode, recognizers[4], recognizers[2]):
        recognizer.global_regex_flags = CASE_SENSITIVE  # "ab12 cde" in prose is not a number plate
    return recognizers


def stated_nino_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["stated_nino"]
    return PatternRecognizer(supported_entity="UK_NINO", name="StatedNinoRecognizer",
                             patterns=[Pattern("NINO-shaped", lex["regex"], lex["score"])],
                             context=single_words(lex["context"]), global_regex_flags=CASE_SENSITIVE)


def stated_nhs_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["stated_nhs"]
    return PatternRecognizer(supported_entity="UK_NHS", name="StatedNhsRecognizer",
                             patterns=[Pattern("NHS-number-shaped", lex["regex"], lex["score"])],
                             context=single_words(lex["context"]))
