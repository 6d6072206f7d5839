"""Account-level patterns: what many posts show that no single post does.

- ``harassment.repeated-target``: hostile posts by one account aimed at the
  same person on two or more occasions; @handles and name variants of one
  person count as one target (``groups.TargetGroups``).
- ``moderation.third-party-comments``: comments by others on a councillor's
  page whose content raises an abusive, obscene or defamatory rule.
- ``capacity.mixed-account``: one account mixing personal/family posts with
  council business.

The stage reads each post's account facts (``Report.account_facts``, computed by
the pipeline from the post's own findings) and nothing else of the report.
Each pattern becomes an account-level signal that the rule pack judges like
any other, so the finding carries its clause texts and names its posts.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping

from ..report import Finding
from ..rules import RulePack, judge
from ..signals import Signal
from .facts import UNKNOWN_AUTHOR, account_lexicon, account_of
from .groups import TargetGroups

REPEATED_TARGET = "account.repeated-hostile-target"
THIRD_PARTY_COMMENT = "account.abusive-third-party-comment"
MIXED_CONTENT = "account.personal-and-council-content"
#: the signals the account patterns emit (the rule pack maps them)
ACCOUNT_SIGNALS = frozenset({REPEATED_TARGET, THIRD_PARTY_COMMENT, MIXED_CONTENT})


@dataclass
class PostFacts:
    """One post as the patterns see it: who and when, and its account facts."""

    id: str
    account: str
    author: str | None
    kind: str | None
    created_at: str | None
    hostile_targets: list[str] = field(default_factory=list)
    weak_targets: list[str] = field(default_factory=list)  # names guessed from the text, not from a detector
    again_targets: list[str] = field(default_factory=list)  # people of a post hostile enough only to continue
    comment_rules: list[str] = field(default_factory=list)
    personal: list[str] = field(default_factory=list)
    council: bool = False
    personal_account: bool = False

    @classmethod
    def of(cls, post: Mapping[str, Any], account: Mapping[str, Any]) -> "PostFacts":
        by_others = post.get("kind") == "comment" and _by_someone_else(post)
        return cls(
            id=str(post.get("id")), account=account_of(post), author=post.get("author"),
            kind=post.get("kind"), created_at=post.get("created_at"),
            personal_account=post.get("account") == "personal",
            hostile_targets=list(account.get("targets") or ()),
            weak_targets=list(account.get("guessed_targets") or ()),
            again_targets=list(account.get("again_targets") or ()),
            comment_rules=list(account.get("comment_rules") or ()) if by_others else [],
            personal=list(account.get("personal") or ()),
            council=bool(account.get("council")),
        )


def _by_someone_else(post: Mapping[str, Any]) -> bool:
    page, author = post.get("page"), post.get("author")
    return not (page and author and str(page).lower() == str(author).lower())


@dataclass
class AccountFinding:
    account: str
    finding: Finding

    def to_dict(self) -> dict[str, Any]:
        return self.finding.to_dict()


class AccountAnalysis:
    """Feed it every checked post once (any order); ``findings()`` gives the patterns."""

    def __init__(self, rule_pack: RulePack, people=None):
        self.rule_pack = rule_pack
        self.people = people
        self.by_account: dict[str, list[PostFacts]] = defaultdict(list)
        self.council_posts: dict[str, int] = defaultdict(int)  # counted, not kept: memory stays flat
        self.personal_accounts: set[str] = set()

    def add(self, post: Mapping[str, Any], account: Mapping[str, Any]) -> None:
        """``post`` as a contract dict (with ``page`` for a comment); ``account`` its report's account facts."""
        facts = PostFacts.of(post, account)
        if facts.kind != "comment":
            if facts.personal_account:
                self.personal_accounts.add(facts.account)
            if facts.council and not facts.personal:
                self.council_posts[facts.account] += 1
        if facts.hostile_targets or facts.weak_targets or facts.again_targets or facts.comment_rules or facts.personal:
            self.by_account[facts.account].append(facts)

    def findings(self) -> list[AccountFinding]:
        out: list[AccountFinding] = []
        for account in sorted(set(self.by_account) | set(self.council_posts)):
            if account == UNKNOWN_AUTHOR:
                continue  # posts of unknown authors belong to no account: no pattern across them
            posts = self.by_account[account]
            out += self._repeated_targets(account, posts)
            out += self._third_party_comments(account, posts)
            out += self._mixed_account(account, posts)
        return out

    def _repeated_targets(self, account: str, posts: list[PostFacts]) -> list[AccountFinding]:
        groups = TargetGroups(self.people)
        own = [p for p in posts if p.kind != "comment"]
        keyed = [(p, groups.add_post(p.hostile_targets)) for p in own if p.hostile_targets]
        weak = [(p, [groups.key(name) for name in p.weak_targets]) for p in own if p.weak_targets]
        again = [(p, groups.add_post(p.again_targets)) for p in own if p.again_targets]
        groups.link_variants()
        per_target: dict[str, list[PostFacts]] = defaultdict(list)
        for post, keys in keyed:
            for root in dict.fromkeys(groups.find(k) for k in keys):
                per_target[root].append(post)
        # a guessed name only joins a person a detector already named; a post hostile enough only to
        # continue a course of conduct only joins one that a clearly hostile post began
        for post, keys in weak + again:
            for root in dict.fromkeys(groups.find(k) for k in keys):
                if root in per_target and post not in per_target[root]:
                    per_target[root].append(post)
        out = []
        for root, hits in sorted(per_target.items()):
            if len(hits) < 2:
                continue
            hits.sort(key=lambda p: (str(p.created_at or ""), p.id))
            name = groups.name_of(root)
            why = f"{len(hits)} hostile posts by {account} aimed at {name} ({_when(hits)})"
            signal = Signal(REPEATED_TARGET, (), why, evidence={"target": name, "posts": [p.id for p in hits]})
            out += self._finding(account, signal, hits)
        return out

    def _third_party_comments(self, account: str, posts: list[PostFacts]) -> list[AccountFinding]:
        hits = [p for p in posts if p.comment_rules]
        if not hits:
            return []
        rules = sorted({r for p in hits for r in p.comment_rules})
        why = f"{len(hits)} comment(s) by others still on {account} that would raise {', '.join(rules)}"
        signal = Signal(THIRD_PARTY_COMMENT, (), why, evidence={
            "comments": [{"post": p.id, "author": p.author, "rules": p.comment_rules} for p in hits]})
        return self._finding(account, signal, hits)

    def _mixed_account(self, account: str, posts: list[PostFacts]) -> list[AccountFinding]:
        if account in self.personal_accounts:
            return []  # a separate personal account is the practice GR-DO-1 recommends
        personal = [p for p in posts if p.personal and p.kind != "comment"]
        council = self.council_posts.get(account, 0)
        if not personal or council < account_lexicon().min_council_posts:
            return []
        phrases = sorted({w for p in personal for w in p.personal})
        why = (f"{len(personal)} personal or family post(s) ({', '.join(repr(w) for w in phrases[:5])}) "
               f"alongside {council} on council business")
        signal = Signal(MIXED_CONTENT, (), why, evidence={"phrases": phrases, "council_posts": council})
        return self._finding(account, signal, personal)

    def _finding(self, account: str, signal: Signal, posts: list[PostFacts]) -> list[AccountFinding]:
        findings = judge(self.rule_pack, [signal])
        for finding in findings:
            finding.posts = [p.id for p in posts]
        return [AccountFinding(account, f) for f in findings]


def _when(posts: list[PostFacts]) -> str:
    dates = []
    for post in posts:
        try:
            dates.append(datetime.fromisoformat(str(post.created_at).replace("Z", "+00:00")).date().isoformat())
        except ValueError:
            continue
    if not dates:
        return f"{len(posts)} occasions"
    return ", ".join(sorted(set(dates)))


def rules_by_post(findings: Iterable[AccountFinding]) -> dict[str, list[tuple[str, str]]]:
    """``{post id: [(rule, severity)]}``: each account finding counted for every post it rests on."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for item in findings:
        for post_id in item.finding.posts or []:
            out[str(post_id)].append((item.finding.rule, item.finding.severity))
    return dict(out)


def analyse(posts: Iterable[Mapping[str, Any]], accounts: Iterable[Mapping[str, Any]],
            rule_pack: RulePack, people=None) -> list[AccountFinding]:
    """Account findings over posts (contract dicts) and their reports' account facts, in step."""
    analysis = AccountAnalysis(rule_pack, people)
    for post, account in zip(posts, accounts, strict=True):
        analysis.add(post, account)
    return analysis.findings()
