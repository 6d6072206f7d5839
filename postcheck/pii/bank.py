"""Bank sort codes (12-34-56) and account numbers (8 digits), reported only beside banking words."""
from __future__ import annotations

from .lexicon import personal_data_lexicon, single_words

SORT_CODE = "UK_SORT_CODE"
ACCOUNT_NUMBER = "UK_BANK_ACCOUNT"


def sort_code_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["sort_code"]
    return PatternRecognizer(supported_entity=SORT_CODE, name="UkSortCodeRecognizer",
                             patterns=[Pattern("sort code", lex["regex"], lex["score"])],
                             context=single_words(lex["context"]))


def account_number_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["account_number"]
    return PatternRecognizer(supported_entity=ACCOUNT_NUMBER, name="UkBankAccountRecognizer",
                             patterns=[Pattern("account number", lex["regex"], lex["score"])],
                             context=single_words(lex["context"]))
