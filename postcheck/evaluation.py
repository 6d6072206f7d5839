"""Score the checker against labelled posts (the corpora format).

A predicted rule in ``expect.rules`` is a true positive; one in neither
``rules`` nor ``allowed`` is a false positive; a rule in ``rules`` not
predicted is a false negative; a predicted rule in ``allowed`` counts as
neither. Verdicts are compared on the ordered scale in a 4x4 matrix.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .errors import PostcheckError
from .post import Post, PostError
from .severity import LEVELS, RANK


class EvalDataError(PostcheckError, ValueError, code="eval-data"):
    """A labelled file that cannot be scored; the message names file and line."""


@dataclass
class LabelledPost:
    post: dict[str, Any]
    rules: set[str]
    allowed: set[str]
    verdict: str


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.tp + self.fn,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass
class EvalResult:
    per_rule: dict[str, RuleScore]
    confusion: dict[str, dict[str, int]]
    posts: int
    mistakes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def micro(self) -> RuleScore:
        return RuleScore(sum(s.tp for s in self.per_rule.values()), sum(s.fp for s in self.per_rule.values()),
                         sum(s.fn for s in self.per_rule.values()))

    def macro(self) -> dict[str, float | None]:
        scored = [s for s in self.per_rule.values() if s.tp + s.fn > 0]
        def mean(values):
            values = [v if v is not None else 0.0 for v in values]
            return sum(values) / len(values) if values else None
        return {"precision": _round(mean(s.precision for s in scored)), "recall": _round(mean(s.recall for s in scored)),
                "f1": _round(mean(s.f1 for s in scored))}

    def verdict_summary(self) -> dict[str, Any]:
        exact = sum(self.confusion[v][v] for v in LEVELS)
        ok_total = sum(self.confusion["ok"].values())
        ok_flagged = ok_total - self.confusion["ok"]["ok"]
        serious = [v for v in ("review", "block")]
        serious_total = sum(sum(self.confusion[v].values()) for v in serious)
        under = sum(self.confusion[v][p] for v in serious for p in LEVELS if RANK[p] < RANK[v])
        ok_blocked = self.confusion["ok"]["block"]
        return {"exact": exact, "accuracy": _round(exact / self.posts if self.posts else None),
                "ok_over_flagged": ok_flagged, "ok_over_flagged_share": _round(ok_flagged / ok_total if ok_total else None),
                "ok_blocked": ok_blocked,
                "serious_under_called": under, "serious_under_called_share": _round(under / serious_total if serious_total else None)}

    def to_dict(self) -> dict[str, Any]:
        return {"posts": self.posts,
                "rules": {rule: score.to_dict() for rule, score in sorted(self.per_rule.items())},
                "micro": self.micro.to_dict(), "macro": self.macro(),
                "verdicts": {"confusion": self.confusion, **self.verdict_summary()},
                "mistakes": self.mistakes}


def read_labelled(path: str | Path) -> list[LabelledPost]:
    path = Path(path)
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalDataError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalDataError(f"{path}: cannot read ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            expect = data["expect"]
            verdict = expect.get("verdict", "ok")
            if verdict not in RANK:
                raise ValueError(f"unknown verdict {verdict!r}")
            Post.from_dict(_post_part(data))  # the post contract, checked where the line is still known
            items.append(LabelledPost(data, set(expect.get("rules", [])), set(expect.get("allowed", [])), verdict))
        except PostError as exc:
            raise EvalDataError(f"{path}:{number}: {exc}") from None
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError) as exc:
            raise EvalDataError(f"{path}:{number}: not a labelled post ({exc})") from None
    return items


def _post_part(data: dict) -> dict:
    """The post itself, without the labels a labelled line carries beside it."""
    return {k: v for k, v in data.items() if k not in ("expect", "note")}


def score(items: Sequence[LabelledPost], predicted_rules: Sequence[Iterable[str]], predicted_verdicts: Sequence[str],
          rule_ids: Iterable[str] = ()) -> EvalResult:
    """Score predictions (one set of rules and one verdict per item, in order)."""
    per_rule: dict[str, RuleScore] = {rule: RuleScore() for rule in rule_ids}
    confusion = {gold: {pred: 0 for pred in LEVELS} for gold in LEVELS}
    mistakes = []
    for item, rules, verdict in zip(items, predicted_rules, predicted_verdicts, strict=True):
        rules = set(rules)
        for rule in item.rules | rules:
            per_rule.setdefault(rule, RuleScore())
        for rule in rules & item.rules:
            per_rule[rule].tp += 1
        false_pos = rules - item.rules - item.allowed
        false_neg = item.rules - rules
        for rule in false_pos:
            per_rule[rule].fp += 1
        for rule in false_neg:
            per_rule[rule].fn += 1
        confusion[item.verdict][verdict] += 1
        if false_pos or false_neg or verdict != item.verdict:
            mistakes.append({"id": item.post.get("id"), "expected": item.verdict, "predicted": verdict,
                             "false_positives": sorted(false_pos), "false_negatives": sorted(false_neg)})
    return EvalResult(per_rule, confusion, len(items), mistakes)


def evaluate(checker, items: Sequence[LabelledPost]) -> EvalResult:
    """Run ``checker`` over labelled posts, the account stage included, and score it.

    An account-level finding counts for the posts it rests on. Rules the
    council switched off (``[rules]``, ``--select``/``--ignore``) are neither
    predicted nor expected: the figures are for the rules that run.
    """
    pack = checker.rule_pack
    off = {rule_id for rule_id, rule in pack.rules.items() if not rule.enabled}
    if off:
        items = [LabelledPost(i.post, i.rules - off, i.allowed, i.verdict) for i in items]
    posts = [_post_part(item.post) for item in items]
    reports, account_findings = checker.check_account(posts)
    rules = [set(r.rules) for r in reports]
    verdicts = [r.verdict for r in reports]
    from .account import rules_by_post

    extra = rules_by_post(account_findings)
    for index, post in enumerate(posts):
        for rule, severity in extra.get(str(post.get("id")), []):
            rules[index].add(rule)
            verdicts[index] = max(verdicts[index], severity, key=RANK.__getitem__)
    return score(items, rules, verdicts, [rule_id for rule_id in pack.rules if rule_id not in off])


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None
