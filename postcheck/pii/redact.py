"""A redacted version of a post, made with presidio-anonymizer: "[NAME] at [ADDRESS] [POSTCODE]"."""
from __future__ import annotations

from .entities import PiiEntity

PLACEHOLDERS = {
    "PERSON": "[NAME]",
    "STREET_ADDRESS": "[ADDRESS]",
    "UK_POSTCODE": "[POSTCODE]",
    "PHONE_NUMBER": "[PHONE]",
    "EMAIL_ADDRESS": "[EMAIL]",
    "UK_NHS": "[NHS NUMBER]",
    "UK_NINO": "[NI NUMBER]",
    "UK_PASSPORT": "[PASSPORT NUMBER]",
    "UK_DRIVING_LICENCE": "[DRIVING LICENCE]",
    "UK_VEHICLE_REGISTRATION": "[VEHICLE REG]",
    "DATE_OF_BIRTH": "[DATE OF BIRTH]",
    "UK_SORT_CODE": "[SORT CODE]",
    "UK_BANK_ACCOUNT": "[ACCOUNT NUMBER]",
    "CASE_REFERENCE": "[CASE REF]",
    "CREDIT_CARD": "[CARD NUMBER]",
    "IBAN_CODE": "[IBAN]",
}

_ENGINE = None


def _anonymizer():
    global _ENGINE
    if _ENGINE is None:
        from presidio_anonymizer import AnonymizerEngine

        _ENGINE = AnonymizerEngine()
    return _ENGINE


def redact(text: str, entities: list[PiiEntity]) -> str:
    """``text`` with every entity replaced by its placeholder."""
    if not entities:
        return text
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    results = [RecognizerResult(e.type, e.start, e.end, e.score) for e in entities]
    operators = {kind: OperatorConfig("replace", {"new_value": label}) for kind, label in PLACEHOLDERS.items()}
    operators["DEFAULT"] = OperatorConfig("replace", {"new_value": "[REDACTED]"})
    return _anonymizer().anonymize(text=text, analyzer_results=results, operators=operators).text
