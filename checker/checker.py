"""The Checker: Post -> one spaCy parse -> detectors -> signals -> rules -> Report.

Every face (CLI, HTTP API, batch audit) calls this class; none re-implements
a step. ``check_many`` streams: it batches posts through ``nlp.pipe`` and
yields reports in input order.
"""
from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from . import __version__
from .config import Config, load_config
from .detectors import load_detectors
from .detectors.base import REGISTRY, Context, Detector, known_signals
from .lean import hidden_frameworks
from .nlp import load_pipeline
from .people import People
from .post import Post, PostError
from .report import Report
from .rules import RulePack, apply_rules, load_rule_pack

PostLike = str | Post | Mapping[str, Any]


class Checker:
    """Checks draft posts against a council's code of conduct.

    >>> Checker().check("Between you and me, the Part 2 report says...").verdict
    'review'
    """

    def __init__(
        self,
        config: Config | str | Path | None = None,
        *,
        detectors: Sequence[type[Detector]] | None = None,
    ):
        self.config = config if isinstance(config, Config) else load_config(config)
        with hidden_frameworks(self.config):  # no torch or transformers unless this config uses them
            self.nlp = load_pipeline(self.config.spacy_model)
            self.context = Context(config=self.config, nlp=self.nlp, people=People(self.config))
            self.context.cache["checker"] = self
            classes = list(detectors) if detectors is not None else load_detectors(self.config)
            self.rule_pack: RulePack = load_rule_pack(self.config.rule_pack_path, known_signals())
            self.detectors: list[Detector] = [cls(self.context) for cls in classes]

    def to_post(self, item: PostLike) -> Post:
        """Accept a bare string, a ``Post`` or a contract dict; validate it."""
        if isinstance(item, Post):
            item.validate(max_chars=self.config.max_chars)
            return item
        if isinstance(item, str):
            post = Post(text=item)
            post.validate(max_chars=self.config.max_chars)
            return post
        return Post.from_dict(item, max_chars=self.config.max_chars)

    def check(self, item: PostLike) -> Report:
        return next(self.check_many([item], batch_size=1))

    def check_many(self, items: Iterable[PostLike], batch_size: int | None = None) -> Iterator[Report]:
        """Stream reports for ``items`` in order; raises ``PostError`` on a bad post."""
        size = batch_size or self.config.batch_size
        iterator = iter(items)
        while batch := list(islice(iterator, size)):
            yield from self._check_batch([self.to_post(item) for item in batch])

    def _check_batch(self, posts: list[Post]) -> list[Report]:
        docs = list(self.nlp.pipe([post.text for post in posts], batch_size=len(posts)))
        per_post: list[list] = [[] for _ in posts]
        for detector in self.detectors:
            for signals, found in zip(per_post, detector.detect_many(docs, posts)):
                signals.extend(found)
        reports = []
        for post, doc, signals in zip(posts, docs, per_post):
            findings = [f for f in apply_rules(self.rule_pack, signals)]
            report = Report.from_findings(
                findings, id=post.id, rule_pack=self.rule_pack.code, checker_version=__version__
            )
            for detector in self.detectors:
                detector.annotate(report, post, doc, signals)
            reports.append(report)
        return reports


__all__ = ["Checker", "PostError", "REGISTRY"]
