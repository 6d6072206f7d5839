"""Score the account-level rules on labelled posts (the corpora format).

Two views, so a weak post-level detector does not hide the account logic:
``checker`` runs the real Checker and the account analysis on its reports;
``oracle`` gives the account analysis the labelled post-level rules instead,
measuring the account logic alone.

    python -m postcheck.audit.account_eval POSTS.jsonl [-c council.toml] [--mode checker|oracle]
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..errors import PostcheckError
from ..evaluation import LabelledPost, read_labelled, score
from ..account import analyse, post_account_facts, rules_by_post
from ..post import Post
from ..report import Finding, Report

ACCOUNT_RULES = ("harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account")


def oracle_reports(items: list[LabelledPost], rule_pack, people=None) -> list[Report]:
    """Reports whose findings are the labelled post-level rules, raised or allowed (no targets given).

    Comments carry the rule they would raise in ``allowed`` (corpora README),
    so allowed rules count too; targets are left for the analysis to find.
    """
    reports = []
    for item in items:
        post = Post.from_dict(as_contract(item.post))
        findings = []
        for rule_id in sorted((item.rules | item.allowed) - set(ACCOUNT_RULES)):
            rule = rule_pack.get(rule_id)
            findings.append(Finding(rule.id, rule.title, rule.severity, [], list(rule.clauses), list(rule.golden_rules),
                                    rule.explanation, rule.suggestion, {"signals": []}))
        reports.append(Report.from_findings(findings, id=str(item.post.get("id")),
                                            account_facts=post_account_facts(post, findings, {}, people)))
    return reports


def as_contract(row: dict[str, Any]) -> dict[str, Any]:
    """A labelled row as the account stage reads it. Labelled account sets write a comment with the
    page owner as ``author`` and its writer as ``comment_by``; the account stage reads the writer
    from ``author`` and the page from ``page``, so an owner's reply to a comment on their own page
    is theirs, not a comment left by someone else."""
    post = {k: v for k, v in row.items() if k not in ("expect", "note")}
    if post.get("kind") == "comment" and post.get("comment_by") and not post.get("page"):
        post["page"], post["author"] = post.get("author"), post.pop("comment_by")
    return post


def evaluate_accounts(items: list[LabelledPost], checker, mode: str = "checker") -> dict[str, Any]:
    posts = [as_contract(item.post) for item in items]
    if mode == "oracle":
        reports = oracle_reports(items, checker.rule_pack, checker.context.people)
        found = analyse(posts, [r.account_facts for r in reports], checker.rule_pack, checker.context.people)
    else:
        _, found = checker.check_account(posts)
    extra = rules_by_post(found)
    predicted = [{rule for rule, _ in extra.get(str(p.get("id")), [])} for p in posts]
    gold = [LabelledPost(i.post, i.rules & set(ACCOUNT_RULES), i.allowed & set(ACCOUNT_RULES), "ok") for i in items]
    result = score(gold, predicted, ["ok"] * len(items), ACCOUNT_RULES)
    return {"mode": mode, "posts": len(items),
            "rules": {rule: result.per_rule[rule].to_dict() for rule in ACCOUNT_RULES},
            "mistakes": [m for m in result.mistakes if m["false_positives"] or m["false_negatives"]]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("posts", nargs="+", help="labelled posts (JSONL, corpora format)")
    parser.add_argument("-c", "--config", help="council settings (TOML)")
    parser.add_argument("--mode", choices=("checker", "oracle"), default="checker")
    args = parser.parse_args(argv)
    from ..checker import Checker

    try:
        checker = Checker(args.config)
        items = [item for path in args.posts for item in read_labelled(path)]
        result = evaluate_accounts(items, checker, args.mode)
    except PostcheckError as exc:  # a bad file or post: one line, never a traceback
        print(f"account_eval: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
