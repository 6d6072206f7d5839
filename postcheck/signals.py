"""Signals: what a detector saw, with no knowledge of the code of conduct.

A signal names an observation (``confidentiality.marker``), the character
spans it rests on, a human reason and the evidence behind it. The rule pack
alone turns signals into findings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Signal:
    name: str
    spans: tuple[Span, ...]
    why: str
    score: float | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"signal": self.name, "why": self.why}
        if self.score is not None:
            out["score"] = round(float(self.score), 4)
        if self.evidence:
            out.update(self.evidence)
        return out
