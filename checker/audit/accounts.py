"""Account-level rules: patterns over many posts that no single post shows.

- ``harassment.repeated-target``: hostile posts by one account aimed at the
  same person on two or more occasions. The person comes from the post-level
  findings' evidence (``target``), resolved through the roster so @handles and
  name variants of one person count as one target.
- ``moderation.third-party-comments``: comments by others on a councillor's
  page whose content raises an abusive, obscene or defamatory rule.
- ``capacity.mixed-account``: one account mixing personal/family posts with
  council business.

Each pattern becomes an account-level signal and goes through the rule pack
like any other, so the finding carries its clause texts; the finding names
the posts it rests on.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from ..lexicons import LexiconError, load_lexicon
from ..report import Finding, Report
from ..rules import RulePack, apply_rules
from ..signals import Signal
from .signals import MIXED_CONTENT, REPEATED_TARGET, THIRD_PARTY_COMMENT

UNKNOWN_PAGE = "(page not given)"
UNKNOWN_AUTHOR = "(author not given)"
PERSON_KINDS = {"", "person", "individual"}  # target_kind values that name one person (missing = a person)
VAGUE_TARGETS = {"you", "your", "u", "ya", "yourself", "whoever", "someone", "they", "them", "he", "she"}
HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
TITLES = re.compile(r"^(?:cllr\.?|councillor|leader|mayor|mr\.?|mrs\.?|ms\.?|miss|dr\.?|sir|dame|lord|lady)\s+", re.I)


# --- vocabulary -----------------------------------------------------------------

@dataclass(frozen=True)
class AccountLexicon:
    hostile_rules: frozenset[str]
    comment_rules: frozenset[str]
    personal: re.Pattern[str]
    council: re.Pattern[str]
    min_council_posts: int


@lru_cache(maxsize=1)
def account_lexicon() -> AccountLexicon:
    data = load_lexicon("accounts")
    try:
        return AccountLexicon(
            hostile_rules=frozenset(data["hostile_rules"]),
            comment_rules=frozenset(data["comment_rules"]),
            personal=_phrases(data["personal"]),
            council=_phrases(data["council"]),
            min_council_posts=int(data.get("min_council_posts", 2)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"lexicon accounts.yaml: missing or bad key ({exc})") from None


def _phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    parts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)


# --- what one post contributes ------------------------------------------------------

@dataclass
class PostFacts:
    """The little the account rules need from one checked post (kept compact)."""

    id: str
    account: str
    author: str | None
    kind: str | None
    created_at: str | None
    hostile_targets: list[str] = field(default_factory=list)
    weak_targets: list[str] = field(default_factory=list)  # names guessed from the text, not from a detector
    comment_rules: list[str] = field(default_factory=list)
    personal: list[str] = field(default_factory=list)
    council: bool = False
    personal_account: bool = False


def account_of(post: Mapping[str, Any]) -> str:
    """The account a post belongs to: its author, or for a comment the page it is on."""
    if post.get("kind") == "comment":
        return str(post.get("page") or UNKNOWN_PAGE)
    return str(post.get("author") or UNKNOWN_AUTHOR)


def post_facts(post: Mapping[str, Any], report: Mapping[str, Any], people=None) -> PostFacts:
    lex = account_lexicon()
    text = post.get("text") or ""
    facts = PostFacts(
        id=str(post.get("id")), account=account_of(post), author=post.get("author"),
        kind=post.get("kind"), created_at=post.get("created_at"),
        personal_account=post.get("account") == "personal",
    )
    findings = report.get("findings") or []
    hostile = [f for f in findings if f.get("rule") in lex.hostile_rules]
    if hostile:
        facts.hostile_targets = _targets(hostile, post, people)
        if not facts.hostile_targets:
            facts.weak_targets = _guessed_names(post)
    if post.get("kind") == "comment" and _by_someone_else(post):
        facts.comment_rules = sorted({f["rule"] for f in findings if f.get("rule") in lex.comment_rules})
    facts.personal = sorted({m.group(0).lower() for m in lex.personal.finditer(text)})
    if not facts.personal and (report.get("facts") or {}).get("personal_life"):
        facts.personal = ["personal or family life"]  # the judgement head's reading, no listed word
    facts.council = bool(lex.council.search(text))
    return facts


def _by_someone_else(post: Mapping[str, Any]) -> bool:
    page, author = post.get("page"), post.get("author")
    return not (page and author and str(page).lower() == str(author).lower())


def _targets(findings: list[Mapping[str, Any]], post: Mapping[str, Any], people) -> list[str]:
    """The people hostile findings aim at: the detectors' ``target`` evidence first."""
    found: list[str] = []
    for finding in findings:
        evidence = finding.get("evidence") or {}
        for signal in evidence.get("signals") or []:
            target, kind = signal.get("target"), str(signal.get("target_kind") or "").lower()
            if isinstance(target, str) and target.strip() and kind in PERSON_KINDS:
                found.append(target.strip())
        if isinstance(evidence.get("target"), str):
            found.append(evidence["target"].strip())
    if not found:  # no detector named a target: fall back to the people the post names
        for text in (post.get("text") or "", post.get("quoted_text") or ""):
            if people is not None:
                found.extend(m.person.name for m in people.find(text))
            found.extend(HANDLE.findall(text))
    author = post.get("author")
    return [t for t in dict.fromkeys(found) if t.lower() not in VAGUE_TARGETS and not _same_person(t, author, people)]


CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b")


def _guessed_names(post: Mapping[str, Any]) -> list[str]:
    """Capitalised names in the text or the text it quotes: a weak hint, used only to join a known target."""
    names = []
    for text in (post.get("text") or "", post.get("quoted_text") or ""):
        names += [m.group(0) for m in CAPITALISED_NAME.finditer(text)]
    return list(dict.fromkeys(names))


def _same_person(target: str, author: str | None, people) -> bool:
    if not author:
        return False
    if target.lower() == author.lower():
        return True
    if people is not None:
        a, t = people.author(author), people.resolve(target)
        return a is not None and t is not None and a.name == t.name
    return False


# --- one person behind many names ----------------------------------------------------

class TargetGroups:
    """Union-find over the names an account uses for the people it targets.

    Roster resolution is authoritative (``@CllrX``, ``Cllr X`` and ``X Y``
    are one person); outside the roster, a handle and a name used in the same
    post, a first name or surname of a full name, and a handle containing a
    name are joined.
    """

    def __init__(self, people=None):
        self.people = people
        self.parent: dict[str, str] = {}
        self.label: dict[str, str] = {}

    def key(self, mention: str) -> str:
        person = self.people.resolve(mention) if self.people is not None else None
        if person is not None:
            key = "person:" + person.name.lower()
            self.label.setdefault(key, person.name)
            return key
        text = mention.strip()
        key = ("handle:" + text.lower()) if text.startswith("@") else ("name:" + " ".join(TITLES.sub("", text).lower().split()))
        self.label.setdefault(key, text)
        return key

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb.startswith("person:") or (rb.startswith("name:") and not ra.startswith("person:")):
                ra, rb = rb, ra
            self.parent[rb] = ra

    def add_post(self, mentions: Iterable[str]) -> list[str]:
        keys = list(dict.fromkeys(self.key(m) for m in mentions))
        for key in keys:
            self.find(key)
        handles = [k for k in keys if k.startswith("handle:")]
        names = [k for k in keys if not k.startswith("handle:")]
        if len(handles) == 1 and len(names) == 1:
            self.union(names[0], handles[0])  # "@CrayWatchKev … Kevin": one person addressed two ways
        return keys

    def link_variants(self) -> None:
        keys = list(self.parent)
        names = [k for k in keys if k.startswith("name:")]
        full = [k for k in names if len(k[5:].split()) > 1]
        for short in (k for k in names if len(k[5:].split()) == 1):
            token = short[5:]
            matches = [f for f in full if token in (f[5:].split()[0], f[5:].split()[-1])]
            if len(matches) == 1:
                self.union(matches[0], short)
        for handle in (k for k in keys if k.startswith("handle:")):
            bare = handle[8:].lower()
            matches = {self.find(n) for n in names + [k for k in keys if k.startswith("person:")]
                       if _handle_matches_name(bare, n.split(":", 1)[1])}
            if len(matches) == 1:
                self.union(matches.pop(), handle)

    def name_of(self, key: str) -> str:
        root = self.find(key)
        return self.label.get(root, root.split(":", 1)[1])


def _handle_matches_name(handle: str, name: str) -> bool:
    tokens = [t for t in re.findall(r"[a-z]+", name.lower()) if len(t) >= 3]
    if not tokens:
        return False
    if any(len(t) >= 4 and t in handle for t in tokens) or handle.endswith(tokens[0]):
        return True
    return len(tokens[0]) >= 4 and handle.endswith(tokens[0][:3])  # "@CrayWatchKev" ~ "Kevin"


# --- the analysis -----------------------------------------------------------------------

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

    def add(self, post: Mapping[str, Any], report: Mapping[str, Any] | Report) -> None:
        if isinstance(report, Report):
            report = report.to_dict()
        facts = post_facts(post, report, self.people)
        if facts.kind != "comment":
            if facts.personal_account:
                self.personal_accounts.add(facts.account)
            if facts.council and not facts.personal:
                self.council_posts[facts.account] += 1
        if facts.hostile_targets or facts.weak_targets or facts.comment_rules or facts.personal:
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
        groups.link_variants()
        per_target: dict[str, list[PostFacts]] = defaultdict(list)
        for post, keys in keyed:
            for root in dict.fromkeys(groups.find(k) for k in keys):
                per_target[root].append(post)
        for post, keys in weak:  # a guessed name only joins a person a detector already named
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
        findings = apply_rules(self.rule_pack, [signal])
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


def analyse(posts: Iterable[Mapping[str, Any]], reports: Iterable[Mapping[str, Any] | Report],
            rule_pack: RulePack, people=None) -> list[AccountFinding]:
    analysis = AccountAnalysis(rule_pack, people)
    for post, report in zip(posts, reports, strict=True):
        analysis.add(post, report)
    return analysis.findings()


def account_findings_for_eval(posts: list[dict], reports: list[Report], checker=None) -> dict[str, list[tuple[str, str]]]:
    """Account-level findings as ``{post_id: [(rule, severity)]}`` for ``postcheck eval``.

    Pass the ``checker`` to resolve targets through its roster; without it the
    default rule pack of the reports is used and targets are grouped by name.
    """
    if checker is not None:
        pack, people = checker.rule_pack, checker.context.people
    else:
        pack, people = _pack_for(reports), None
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for item in analyse(posts, reports, pack, people):
        for post_id in item.finding.posts or []:
            out[str(post_id)].append((item.finding.rule, item.finding.severity))
    return dict(out)


def _pack_for(reports: Sequence[Report]) -> RulePack:
    from ..config import Config
    from ..detectors.base import known_signals
    from ..detectors import load_detectors
    from ..rules import load_rule_pack

    config = Config.default()
    code = next((r.rule_pack for r in reports if r.rule_pack), None)
    if code:
        config.code = code
    load_detectors(config)
    return load_rule_pack(config.rule_pack_path, known_signals())
