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

from ..account import AccountAnalysis, AccountFinding
from .comments import ADVICE as COMMENT_ADVICE, is_resident_comment
from .csvsafe import SafeDictWriter
from .private import private_open
from .review import ReviewState, account_fingerprint, visible_report
from .store import ResultStore


@dataclass
class AccountSummary:
    """Per-account totals for the report (small, whatever the number of posts).

    The account's own posts only: residents' comments on its page are counted
    apart (``comments``, ``comment_rules``), never as the councillor's conduct.
    """

    posts: int = 0
    verdicts: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    by_rule_severity: Counter = field(default_factory=Counter)
    by_month: Counter = field(default_factory=Counter)
    by_month_severity: Counter = field(default_factory=Counter)
    comments: int = 0
    comments_flagged: int = 0
    comment_rules: Counter = field(default_factory=Counter)


def analyse_store(store: ResultStore, rule_pack, people=None,
                  timezone: str = "UTC") -> tuple[list[AccountFinding], dict[str, AccountSummary]]:
    """Account-level findings and per-account summaries, from every stored result (months in ``timezone``)."""
    analysis = AccountAnalysis(rule_pack, people)
    summaries: dict[str, AccountSummary] = defaultdict(AccountSummary)
    for result in store.iter_results():
        analysis.add(result.post, result.report.get("account_facts") or {})
        summary = summaries[result.account]
        findings = result.report.get("findings", [])
        if is_resident_comment(result.post):
            summary.comments += 1
            summary.comments_flagged += bool(findings)
            summary.comment_rules.update(f["rule"] for f in findings)
            continue
        summary.posts += 1
        summary.verdicts[result.verdict] += 1
        month = local_month(result.post.get("created_at"), timezone)
        for finding in findings:
            summary.by_rule[finding["rule"]] += 1
            summary.by_rule_severity[(finding["rule"], finding["severity"])] += 1
            summary.by_month[month] += 1
            summary.by_month_severity[(month, finding["severity"])] += 1
    findings = analysis.findings()
    for item in findings:
        if item.finding.rule in COMMENT_ACCOUNT_RULES:
            continue  # about residents' comments: shown with them
        summary = summaries[item.account]
        summary.by_rule[item.finding.rule] += 1
        summary.by_rule_severity[(item.finding.rule, item.finding.severity)] += 1
    store.replace_account_findings((f.account, f.to_dict()) for f in findings)
    return findings, dict(summaries)


#: account-level rules about what others wrote on the page, not the account's own posts
COMMENT_ACCOUNT_RULES = frozenset({"moderation.third-party-comments"})


def local_month(created_at: Any, timezone: str) -> str:
    """``YYYY-MM`` of a post's time in the council's zone ("undated" when there is none)."""
    when = local_time(created_at, timezone)
    if when is None:
        return str(created_at or "")[:7] or "undated"
    return when.strftime("%Y-%m")


def local_time(created_at: Any, timezone: str):
    """The post's time as an aware datetime in ``timezone``, or None when it has none or it cannot be read."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    if not created_at:
        return None
    try:
        when = datetime.fromisoformat(str(created_at))
        return when.astimezone(ZoneInfo(timezone)) if when.tzinfo else None
    except (ValueError, KeyError, OverflowError):
        return None


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
               "golden_rules", "explanation", "suggestion", "spans", "posts", "source", "line", "text",
               "fingerprint", "decision", "new"]


def write_findings_csv(store: ResultStore, findings: list[AccountFinding], path: Path,
                       review: ReviewState | None = None) -> int:
    """One row per finding: post-level (worst first) then account-level.

    Every finding is listed, so this file is the next run's baseline; with a
    baseline, ``new`` says which findings are neither in it nor decided on.
    """
    review = review or ReviewState({})
    rows = 0
    with private_open(path, "w", encoding="utf-8", newline="") as handle:
        writer = SafeDictWriter(handle, CSV_COLUMNS)
        writer.writeheader()
        for result in store.iter_results(order="worst", flagged_only=True):
            shown, prints = visible_report(result, None)
            for finding, fingerprint in zip(shown["findings"], prints):
                comment = is_resident_comment(result.post)
                writer.writerow({
                    "level": "comment" if comment else "post", "account": result.account, "post_id": result.post_id,
                    "created_at": result.post.get("created_at", ""), "rule": finding["rule"],
                    "severity": finding["severity"], "verdict": result.verdict,
                    "clauses": " ".join(finding.get("clauses", [])), "golden_rules": " ".join(finding.get("golden_rules", [])),
                    "explanation": finding.get("explanation", ""),
                    "suggestion": COMMENT_ADVICE if comment else finding.get("suggestion", ""),
                    "spans": json.dumps(finding.get("spans", [])), "posts": "", "source": result.source,
                    "line": result.line, "text": result.post.get("text", ""),
                    "fingerprint": fingerprint, "decision": review.decisions.get(fingerprint, ""),
                    "new": _new(review, fingerprint),
                })
                rows += 1
        for item in findings:
            finding = item.finding
            fingerprint = account_fingerprint(item.account, item.to_dict())
            writer.writerow({
                "level": "account", "account": item.account, "post_id": "", "created_at": "", "rule": finding.rule,
                "severity": finding.severity, "verdict": finding.severity,
                "clauses": " ".join(q.id for q in finding.clauses), "golden_rules": " ".join(q.id for q in finding.golden_rules),
                "explanation": finding.explanation, "suggestion": finding.suggestion, "spans": "",
                "posts": " ".join(finding.posts or []), "source": "", "line": "", "text": "",
                "fingerprint": fingerprint, "decision": review.decisions.get(fingerprint, ""),
                "new": _new(review, fingerprint),
            })
            rows += 1
    return rows


def _new(review: ReviewState, fingerprint: str) -> str:
    if review.baseline is None:
        return ""
    return "yes" if review.shown(fingerprint) else "no"
