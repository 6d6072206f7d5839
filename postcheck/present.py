"""What every face shows the same way, whatever it draws with (Rich, HTML, JSON).

The terminal report, the audit's report.html, ``postcheck rules``/``explain``
and the HTTP API each used to work these out for themselves: the JSON shape of
a rule, how a quoted passage is labelled, the order severities are listed in,
and where a post's highlighted stretches begin and end when findings overlap.
Here they are worked out once; each face only decides how to draw them. The
web page does the same cutting in app.js, on the report's spans, because it
runs in the browser.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from .severity import SEVERITIES

#: severities as summaries and filters list them: worst first
WORST_FIRST = SEVERITIES[::-1]


def rule_dict(rule) -> dict[str, Any]:
    """A rule as JSON: ``postcheck rules --format json``, ``explain --format json`` and ``GET /v1/rules``."""
    return {"id": rule.id, "title": rule.title, "scope": rule.scope, "severity": rule.effective_severity,
            "selected": rule.enabled, "pack_severity": rule.severity,
            "clauses": [q.to_dict() for q in rule.clauses], "golden_rules": [q.to_dict() for q in rule.golden_rules],
            "signals": {name: level.to_json() for name, level in rule.signals.items()}, "explanation": rule.explanation, "suggestion": rule.suggestion,
            "examples": {"raises": list(rule.examples_raise), "passes": list(rule.examples_pass)}}


def quote_label(kind: str, ident: str) -> str:
    """How a quoted passage is named: "Clause 4.1" for a clause, a golden rule by its own name."""
    return f"Clause {ident}" if kind == "clause" else ident


@dataclass(frozen=True)
class Segment:
    """``text[start:end]``, and which findings (by index) cover all of it; none: plain text."""

    start: int
    end: int
    covered_by: tuple[int, ...] = ()


def segments(length: int, spans_by_finding: Sequence[Iterable[Sequence[int]]]) -> list[Segment]:
    """A text of ``length`` characters cut at every edge of every finding's spans, start to end.

    ``spans_by_finding[i]`` holds finding ``i``'s ``[start, end)`` spans. A
    span that is empty or reaches outside the text is left out, so stored or
    hand-made reports cannot shift what is shown.
    """
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for index, spans in enumerate(spans_by_finding):
        for start, end in spans:
            start, end = int(start), int(end)
            if 0 <= start < end <= length:
                starts[start].append(index)
                ends[end].append(index)
    cuts = sorted({0, length, *starts, *ends})
    active: Counter[int] = Counter()
    out = []
    for start, end in zip(cuts, cuts[1:]):
        for index in ends.get(start, ()):
            active[index] -= 1
            if not active[index]:
                del active[index]
        for index in starts.get(start, ()):
            active[index] += 1
        out.append(Segment(start, end, tuple(sorted(active))))
    return out


def marked_runs(pieces: Iterable[Segment]) -> list[Segment]:
    """``segments`` with each unbroken highlighted stretch joined into one, covered by all its findings."""
    out: list[Segment] = []
    for piece in pieces:
        if out and piece.covered_by and out[-1].covered_by:
            last = out[-1]
            out[-1] = Segment(last.start, piece.end, tuple(sorted({*last.covered_by, *piece.covered_by})))
        else:
            out.append(piece)
    return out
