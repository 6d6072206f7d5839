"""A found entity with Presidio's explanation, in the form findings and redaction use."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

#: plain-English names, used in explanations
DESCRIPTIONS = {
    "PERSON": "a name",
    "STREET_ADDRESS": "a house address",
    "UK_POSTCODE": "a postcode",
    "PHONE_NUMBER": "a phone number",
    "EMAIL_ADDRESS": "an e-mail address",
    "UK_NHS": "an NHS number",
    "UK_NINO": "a National Insurance number",
    "UK_PASSPORT": "a passport number",
    "UK_DRIVING_LICENCE": "a driving licence number",
    "UK_VEHICLE_REGISTRATION": "a vehicle registration",
    "DATE_OF_BIRTH": "a date of birth",
    "UK_SORT_CODE": "a bank sort code",
    "UK_BANK_ACCOUNT": "a bank account number",
    "CASE_REFERENCE": "a case or account reference",
    "CREDIT_CARD": "a card number",
    "IBAN_CODE": "a bank account number (IBAN)",
}

IDENTIFIERS = frozenset({
    "UK_NHS", "UK_NINO", "UK_PASSPORT", "UK_DRIVING_LICENCE", "UK_VEHICLE_REGISTRATION", "DATE_OF_BIRTH",
    "UK_SORT_CODE", "UK_BANK_ACCOUNT", "CASE_REFERENCE", "CREDIT_CARD", "IBAN_CODE",
})
CONTACTS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
LOCATIONS = frozenset({"STREET_ADDRESS", "UK_POSTCODE"})

#: which type wins when two recognizers claim overlapping text (earlier wins)
PRIORITY = [
    "EMAIL_ADDRESS", "UK_NHS", "UK_NINO", "IBAN_CODE", "CREDIT_CARD", "UK_DRIVING_LICENCE", "UK_PASSPORT",
    "CASE_REFERENCE", "UK_VEHICLE_REGISTRATION", "DATE_OF_BIRTH", "UK_SORT_CODE", "UK_BANK_ACCOUNT",
    "PHONE_NUMBER", "UK_POSTCODE", "STREET_ADDRESS", "PERSON",
]


@dataclass(frozen=True)
class PiiEntity:
    type: str
    start: int
    end: int
    text: str
    score: float
    recognizer: str = ""
    pattern_name: str | None = None
    pattern: str | None = None
    context_word: str | None = None
    original_score: float | None = None

    @classmethod
    def from_result(cls, result, text: str) -> "PiiEntity":
        explanation = result.analysis_explanation
        return cls(
            type=result.entity_type, start=result.start, end=result.end, text=text[result.start:result.end],
            score=float(result.score),
            recognizer=getattr(explanation, "recognizer", "") or "",
            pattern_name=getattr(explanation, "pattern_name", None),
            pattern=getattr(explanation, "pattern", None),
            context_word=getattr(explanation, "supportive_context_word", None) or None,
            original_score=getattr(explanation, "original_score", None),
        )

    @property
    def description(self) -> str:
        return DESCRIPTIONS.get(self.type, self.type.lower().replace("_", " "))

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def evidence(self) -> dict[str, Any]:
        """Type, span, score and why Presidio found it (the value itself is left out)."""
        out: dict[str, Any] = {"type": self.type, "span": [self.start, self.end], "score": round(self.score, 3),
                               "recognizer": self.recognizer}
        if self.pattern_name:
            out["pattern"] = self.pattern_name
        if self.context_word:
            out["context_word"] = self.context_word
        if self.original_score is not None and self.original_score != self.score:
            out["score_before_context"] = round(float(self.original_score), 3)
        return out


def merge_adjacent_addresses(entities: list[PiiEntity], text: str) -> list[PiiEntity]:
    """"Flat 3" + ", " + "22 High St" is one address: one entity, one [ADDRESS]."""
    merged: list[PiiEntity] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        last = merged[-1] if merged else None
        if (last is not None and entity.type == last.type == "STREET_ADDRESS" and entity.start >= last.end
                and text[last.end:entity.start].strip(" ,\n") == ""):
            merged[-1] = replace(last, end=entity.end, text=text[last.start:entity.end],
                                 score=max(last.score, entity.score))
        else:
            merged.append(entity)
    return merged


def resolve_overlaps(entities: list[PiiEntity]) -> list[PiiEntity]:
    """Keep one entity per stretch of text: the more specific type, then the higher score."""
    from bisect import bisect_right, insort

    rank = {name: i for i, name in enumerate(PRIORITY)}
    ordered = sorted(entities, key=lambda e: (rank.get(e.type, len(PRIORITY)), -e.score, e.start))
    # the kept stretches never overlap, so sorted by start only the neighbours of a newcomer can
    # overlap it: a bisection each, not a scan of everything kept (thousands of e-mails in a post)
    kept: list[tuple[int, int, PiiEntity]] = []
    for entity in ordered:
        if entity.end <= entity.start:
            if not any(k.overlaps(entity.start, entity.end) for _, _, k in kept):  # empty spans: rare
                kept.append((entity.start, entity.end, entity))
                kept.sort(key=lambda item: item[:2])
            continue
        at = bisect_right(kept, (entity.start, float("inf")), key=lambda item: item[:2])
        neighbours = kept[max(0, at - 1):at + 1]
        if not any(k.overlaps(entity.start, entity.end) for _, _, k in neighbours):
            insort(kept, (entity.start, entity.end, entity), key=lambda item: item[:2])
    return sorted((k for _, _, k in kept), key=lambda e: (e.start, e.end))
