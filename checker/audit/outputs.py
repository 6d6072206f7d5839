"""What an audit writes: account analysis over the store, findings.csv, the JSONL contract.

Everything streams from the results store, so a resumed run writes the same
files as an uninterrupted one.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .accounts import AccountAnalysis, AccountFinding
from .csvsafe import SafeDictWriter
from .private import private_open
from .store import ResultStore


@dataclass
class AccountSummary:
    """Per-account totals for the report (small, whatever the number of posts)."""

    posts: int = 0
    verdicts: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    by_rule_severity: Counter = field(default_factory=Counter)
    by_month: Counter = field(default_factory=Counter)


def analyse_store(store: ResultStore, rule_pack, people=None) -> tuple[list[AccountFinding], dict[str, AccountSummary]]:
    """Account-level findings and per-account summaries, from every stored result."""
    analysis = AccountAnalysis(rule_pack, people)
    summaries: dict[str, AccountSummary] = defaultdict(AccountSummary)
    for result in store.iter_results():
        analysis.add(result.post, result.report)
        summary = summaries[result.account]
        summary.posts += 1
        summary.verdicts[result.verdict] += 1
        month = str(result.post.get("created_at") or "")[:7] or "undated"
        for finding in result.report.get("findings", []):
            summary.by_rule[finding["rule"]] += 1
            summary.by_rule_severity[(finding["rule"], finding["severity"])] += 1
            summary.by_month[month] += 1
    findings = analysis.findings()
    for item in findings:
        summary = summaries[item.account]
        summary.by_rule[item.finding.rule] += 1
        summary.by_rule_severity[(item.finding.rule, item.finding.severity)] += 1
    store.replace_account_findings((f.account, f.to_dict()) for f in findings)
    return findings, dict(summaries)


def write_jsonl(store: ResultStore, findings: list[AccountFinding], accounts: list[str], out: TextIO) -> None:
    """The ARCHITECTURE.md contract: one report per post (with its id), then one line per account."""
    for result in store.iter_results():
        report = dict(result.report)
        report["id"] = result.post_id
        out.write(json.dumps(report, ensure_ascii=False) + "\n")
    per_account: dict[str, list[dict[str, Any]]] = {a: [] for a in accounts}
    for item in findings:
        per_account.setdefault(item.account, []).append(item.to_dict())
    for account, items in per_account.items():
        out.write(json.dumps({"account": account, "findings": items}, ensure_ascii=False) + "\n")
    out.flush()


CSV_COLUMNS = ["level", "account", "post_id", "created_at", "rule", "severity", "verdict", "clauses",
               "golden_rules", "explanation", "suggestion", "spans", "posts", "source", "line", "text"]


def write_findings_csv(store: ResultStore, findings: list[AccountFinding], path: Path) -> int:
    """One row per finding: post-level (worst first) then account-level."""
    rows = 0
    with private_open(path, "w", encoding="utf-8", newline="") as handle:
        writer = SafeDictWriter(handle, CSV_COLUMNS)
        writer.writeheader()
        for result in store.iter_results(order="worst", flagged_only=True):
            for finding in result.report.get("findings", []):
                writer.writerow({
                    "level": "post", "account": result.account, "post_id": result.post_id,
                    "created_at": result.post.get("created_at", ""), "rule": finding["rule"],
                    "severity": finding["severity"], "verdict": result.verdict,
                    "clauses": " ".join(finding.get("clauses", [])), "golden_rules": " ".join(finding.get("golden_rules", [])),
                    "explanation": finding.get("explanation", ""), "suggestion": finding.get("suggestion", ""),
                    "spans": json.dumps(finding.get("spans", [])), "posts": "", "source": result.source,
                    "line": result.line, "text": result.post.get("text", ""),
                })
                rows += 1
        for item in findings:
            finding = item.finding
            writer.writerow({
                "level": "account", "account": item.account, "post_id": "", "created_at": "", "rule": finding.rule,
                "severity": finding.severity, "verdict": finding.severity,
                "clauses": " ".join(q.id for q in finding.clauses), "golden_rules": " ".join(q.id for q in finding.golden_rules),
                "explanation": finding.explanation, "suggestion": finding.suggestion, "spans": "",
                "posts": " ".join(finding.posts or []), "source": "", "line": "", "text": "",
            })
            rows += 1
    return rows
