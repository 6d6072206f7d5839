"""Signals in, findings out: the rule pack is the one judge of every severity.

A signal's level comes from the rule's declaration for it (a level, raised
to block by named facts such as ``severe``), then the pack's modifiers
(``by_someone_else`` capped at review, ``amplified_from`` one level lower).
All signals that raise the same rule merge into one finding: spans united,
the highest severity kept (or the council's override), every reason kept as
evidence with the level the pack gave it. Rules the council switched off are
not in ``pack.by_signal``.
"""
from __future__ import annotations

from typing import Iterable

from ..report import Finding
from ..severity import RANK, highest
from ..signals import Signal, Span
from .pack import Rule, RulePack


def judge(pack: RulePack, signals: Iterable[Signal]) -> list[Finding]:
    grouped: dict[str, tuple[Rule, list[tuple[Signal, str]]]] = {}
    for signal in signals:
        for rule in pack.by_signal.get(signal.name, ()):
            if not rule.signals[signal.name].applies(signal.evidence):
                continue
            severity = signal_severity(pack, rule, signal)
            grouped.setdefault(rule.id, (rule, []))[1].append((signal, severity))
    return [_finding(rule, hits) for rule, hits in grouped.values()]


def signal_severity(pack: RulePack, rule: Rule, signal: Signal) -> str:
    """The level this signal gives this rule: the rule's declaration, then the pack's modifiers."""
    level = rule.signals[signal.name].level(signal.evidence, rule.severity)
    for modifier in pack.modifiers:
        level = modifier.apply(level, signal.evidence)
    return level



def _finding(rule: Rule, hits: list[tuple[Signal, str]]) -> Finding:
    hits.sort(key=lambda hit: -RANK[hit[1]])
    reasons = list(dict.fromkeys(signal.why for signal, _ in hits))
    target = next((s.evidence["target"] for s, _ in hits if s.evidence.get("target")), "")
    values = {"why": "; ".join(reasons), "target": target}
    return Finding(
        rule=rule.id,
        title=rule.title,
        severity=rule.override or highest(level for _, level in hits),
        spans=merge_spans(span for signal, _ in hits for span in signal.spans),
        clauses=list(rule.clauses),
        golden_rules=list(rule.golden_rules),
        explanation=_fill(rule.explanation, values),
        suggestion=_fill(rule.suggestion, values),
        evidence={"signals": [signal.to_dict() | {"severity": level} for signal, level in hits]},
    )


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    merged: list[list[int]] = []
    for start, end in sorted(set(spans)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _fill(template: str, values: dict[str, str]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template
