"""The Checker: Post -> one spaCy parse -> detectors -> signals -> rules -> Report.

Every face (CLI, HTTP API, batch audit) calls this class; none re-implements
a step. ``check_many`` streams: it batches posts through ``nlp.pipe`` and
yields reports in input order.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from . import __version__
from .config import Config, load_config
from .detectors import load_detectors
from .detectors.base import REGISTRY, Context, Detector, known_signals
from .lean import hidden_frameworks
from .nlp import load_pipeline
from .normalise import NORMALISED_KEY, Normalised, Normaliser, vocabulary_from_lexicons
from .people import People
from .post import Post, PostError
from .report import Report
from .scoring.base import MODEL_SCORES
from .rules import RulePack, apply_rules, load_council_pack
from .signals import Signal

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
            self.rule_pack: RulePack = load_council_pack(self.config, known_signals())
            self.detectors: list[Detector] = [cls(self.context) for cls in classes]
        #: the scoring model, run once per post before the detectors (None when switched off)
        self.scorer = self.context.cache.get("toxicity_scorer")
        self.normaliser = Normaliser(vocabulary_from_lexicons(), self.context.people.names())

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

    def _facts(self, doc) -> dict[str, float]:
        scores = doc.user_data.get(MODEL_SCORES) or {}
        thresholds = getattr(self.scorer, "thresholds", {}) or {}
        return {name: round(scores[f"fact.{name}"], 3) for name in REPORTED_FACTS
                if scores.get(f"fact.{name}", 0.0) >= thresholds.get(f"fact.{name}", 1.01)}

    def _check_batch(self, posts: list[Post]) -> list[Report]:
        normalised = [self.normaliser(post.text) for post in posts]
        docs = list(self.nlp.pipe([n.text for n in normalised], batch_size=len(posts)))
        for doc, norm in zip(docs, normalised):
            doc.user_data[NORMALISED_KEY] = norm
        if self.scorer is not None:
            for doc, scores in zip(docs, self.scorer.score([doc.text for doc in docs])):
                doc.user_data[MODEL_SCORES] = scores
        per_post: list[list] = [[] for _ in posts]
        for detector in self.detectors:
            for signals, found in zip(per_post, detector.detect_many(docs, posts)):
                signals.extend(found)
        reports = []
        for post, doc, signals, norm in zip(posts, docs, per_post, normalised):
            if norm.changed:
                signals = [_onto_original(signal, norm) for signal in signals]
            findings = [f for f in apply_rules(self.rule_pack, signals)]
            report = Report.from_findings(
                findings, id=post.id, rule_pack=self.rule_pack.code, checker_version=__version__
            )
            report.facts = self._facts(doc)
            for detector in self.detectors:
                detector.annotate(report, post, doc, signals)
            reports.append(report)
        return reports


#: judgement-head facts a report carries for the account patterns (over their thresholds)
REPORTED_FACTS = ("personal_life",)


def _onto_original(signal: Signal, norm: Normalised) -> Signal:
    """Detectors see the normalised text; findings point into the text the user wrote."""
    spans = tuple(norm.to_original(start, end) for start, end in signal.spans)
    return replace(signal, spans=spans)


__all__ = ["Checker", "PostError", "REGISTRY"]
