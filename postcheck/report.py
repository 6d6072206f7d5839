"""The Report: verdict, findings and redaction, in the JSON contract.

``Report.to_dict()`` is the contract other tools read (ARCHITECTURE.md):
``verdict`` and ``findings`` with ``rule``, ``severity``, ``spans``,
``clauses``, ``golden_rules``, ``explanation``, ``suggestion`` and
``evidence``. Extra keys are additive only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .rules.pack import Quote  # noqa: F401  (pack imports nothing from report)
from .severity import RANK, highest
from .signals import Span


@dataclass
class Finding:
    rule: str
    title: str
    severity: str
    spans: list[Span]
    clauses: list[Quote]
    golden_rules: list[Quote]
    explanation: str
    suggestion: str
    evidence: dict[str, Any] = field(default_factory=dict)
    posts: list[str] | None = None  # account-level findings: the posts they rest on

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "title": self.title,
            "severity": self.severity,
            "spans": [list(span) for span in self.spans],
            "clauses": [q.id for q in self.clauses],
            "golden_rules": [q.id for q in self.golden_rules],
            "quotes": [q.to_dict() for q in (*self.clauses, *self.golden_rules)],
            "explanation": self.explanation,
            "suggestion": self.suggestion,
            "evidence": self.evidence,
        }
        if self.posts is not None:
            out["posts"] = list(self.posts)
        return out


@dataclass
class Report:
    verdict: str
    findings: list[Finding]
    id: str | None = None
    redacted_text: str | None = None
    rule_pack: str | None = None
    checker_version: str | None = None
    #: what the judgement heads saw in the post that no single-post rule raises but the
    #: account patterns use (e.g. ``personal_life``), with its probability
    facts: dict[str, float] = field(default_factory=dict)
    #: what this post contributes to the account patterns (``postcheck.account.facts``):
    #: the people hostile findings aim at, a comment's rules, personal or council words
    account_facts: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_findings(cls, findings: list[Finding], **kwargs: Any) -> "Report":
        findings = sorted(findings, key=lambda f: (-RANK[f.severity], f.spans[0] if f.spans else (0, 0), f.rule))
        return cls(verdict=highest(f.severity for f in findings), findings=findings, **kwargs)

    @property
    def rules(self) -> list[str]:
        return [f.rule for f in self.findings]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out["verdict"] = self.verdict
        out["findings"] = [f.to_dict() for f in self.findings]
        out["redacted_text"] = self.redacted_text
        out["rule_pack"] = self.rule_pack
        out["checker_version"] = self.checker_version
        if self.facts:
            out["facts"] = dict(self.facts)
        if self.account_facts:
            out["account_facts"] = dict(self.account_facts)
        return out
