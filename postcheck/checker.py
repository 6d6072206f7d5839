"""The Checker: one pipeline whose data flows one way.

parse (normalise, one spaCy parse) -> score (the model, once per post, in a
second thread one batch ahead, so it runs while spaCy parses and the detectors
read the batch before: it reads only the normalised text) ->
detect (signals: facts, no severities) -> amplification (the amplified texts
parsed, detected and judged once) -> judge (the rule pack alone) ->
redaction -> report; and over many reports, the account stage
(``check_account``). Every face (CLI, HTTP API, batch audit, eval) calls this
class; none re-implements a step. ``check_many`` streams: it batches posts
through ``nlp.pipe`` and yields reports in input order.
"""
from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, NamedTuple, Sequence

from . import __version__
from .account import AccountAnalysis, AccountFinding, post_account_facts
from .assembly import detector_classes, load_pack
from .config import Config, load_config
from .detectors.base import Context, Detector
from .lean import hidden_frameworks
from .nlp import load_pipeline
from .normalise import NORMALISED_KEY, Normalised, default_normaliser
from .people import People
from .post import Post, PostError
from .report import Finding, Report
from .rules import RulePack, judge
from .scoring.base import MODEL_SCORES
from .scoring.factory import backend_name, make_scorer
from .signals import Signal
from .stages.amplification import Amplification
from .stages.redaction import redacted_text

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
            #: the scoring model, run once per post before the detectors (None when switched off)
            self.scorer = make_scorer(self.config) if backend_name(self.config) != "none" else None
            self.context = Context(config=self.config, nlp=self.nlp, people=People(self.config), scorer=self.scorer)
            #: the thresholds for its scores: defaults, the model's own, the council's
            self.thresholds = self.context.thresholds
            classes = list(detectors) if detectors is not None else detector_classes(self.config)
            self.rule_pack: RulePack = load_pack(self.config)
            self.detectors: list[Detector] = [cls(self.context) for cls in classes]
        self.amplification = Amplification(self.nlp, self.config.max_chars)
        self.normaliser = default_normaliser(self.context.people.names())
        self._beside: tuple[int, ThreadPoolExecutor] | None = None

    def _scoring_thread(self) -> ThreadPoolExecutor:
        """One thread that runs the model beside the parse (made again in a forked child, where it is gone)."""
        if self._beside is None or self._beside[0] != os.getpid():
            self._beside = (os.getpid(), ThreadPoolExecutor(1, thread_name_prefix="postcheck-scoring"))
        return self._beside[1]

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
        """Stream reports for ``items`` in order; raises ``PostError`` on a bad post.

        The model reads one batch ahead: batch k+1 is normalised and handed to the
        scoring thread before batch k is parsed and detected, so the model runs beside
        the detectors as well as the parse. Whatever stops the stream (a bad post, an
        error from ``items``) is raised only after the reports of the batch before it.
        """
        size = batch_size or self.config.batch_size
        iterator = iter(items)
        ahead: _Started | None = None
        while True:
            try:
                batch = [self.to_post(item) for item in islice(iterator, size)]
            except Exception:
                if ahead is not None:
                    yield from self._check_batch(ahead)
                raise
            started = self._start(batch) if batch else None
            if ahead is not None:
                yield from self._check_batch(ahead)
            if started is None:
                return
            ahead = started

    def check_account(self, items: Iterable[PostLike | Mapping[str, Any]]) -> tuple[list[Report], list[AccountFinding]]:
        """Reports for ``items`` and the account-level findings across them (the account stage).

        A comment's ``page`` (whose page it is on) is read from a dict item; the
        post contract has no page of its own.
        """
        items = list(items)
        reports = list(self.check_many(items))
        analysis = AccountAnalysis(self.rule_pack, self.context.people)
        for item, report in zip(items, reports):
            post = item if isinstance(item, Mapping) else self.to_post(item).to_dict()
            analysis.add(post, report.account_facts)
        return reports, analysis.findings()

    # -- the stages ---------------------------------------------------------------
    def _start(self, posts: list[Post]) -> "_Started":
        """Normalise a batch and set the model scoring it in the second thread (ONNX Runtime
        releases the GIL): the model reads only the normalised text."""
        normalised = [self.normaliser(post.text) for post in posts]
        scoring = (self._scoring_thread().submit(self.scorer.score, [n.text for n in normalised])
                   if self.scorer is not None else None)
        return _Started(posts, normalised, scoring)

    def _parse(self, started: "_Started") -> list:
        """Parse a started batch while the model scores it, and join the two on each ``Doc``."""
        docs = list(self.nlp.pipe([n.text for n in started.normalised], batch_size=len(started.posts)))
        for doc, norm in zip(docs, started.normalised):
            doc.user_data[NORMALISED_KEY] = norm
        if started.scoring is not None:
            for doc, scores in zip(docs, started.scoring.result()):
                doc.user_data[MODEL_SCORES] = scores
        return docs

    def _detect(self, docs, posts: list[Post]) -> list[list[Signal]]:
        per_post: list[list[Signal]] = [[] for _ in posts]
        for detector in self.detectors:
            for signals, found in zip(per_post, detector.detect_many(docs, posts)):
                signals.extend(found)
        return per_post

    def _judged(self, posts: list[Post]) -> list[list[Finding]]:
        """Findings only, for amplified texts: parse, detect and judge, nothing amplified in turn."""
        if not posts:  # most batches amplify nothing: no parse, no scoring
            return []
        docs = self._parse(self._start(posts))
        return [judge(self.rule_pack, signals) for signals in self._detect(docs, posts)]

    def _facts(self, doc) -> dict[str, float]:
        scores = doc.user_data.get(MODEL_SCORES) or {}
        thresholds = self.thresholds
        return {name: round(scores[f"fact.{name}"], 3) for name in REPORTED_FACTS
                if scores.get(f"fact.{name}", 0.0) >= thresholds.get(f"fact.{name}", 1.01)}

    def _check_batch(self, started: "_Started") -> list[Report]:
        posts = started.posts
        docs = self._parse(started)
        per_post = self._detect(docs, posts)
        amplified = self.amplification.amplified_posts(docs, posts)
        for i, findings in zip(amplified, self._judged(list(amplified.values()))):
            per_post[i].extend(self.amplification.signals(posts[i], findings, self.rule_pack))
        reports = []
        for post, doc, signals in zip(posts, docs, per_post):
            norm = doc.user_data[NORMALISED_KEY]
            if norm.changed:
                signals = [_onto_original(signal, norm) for signal in signals]
            findings = judge(self.rule_pack, signals)
            facts = self._facts(doc)
            report = Report.from_findings(
                findings, id=post.id, rule_pack=self.rule_pack.code, checker_version=__version__,
                redacted_text=redacted_text(doc, findings, self.rule_pack), facts=facts,
                account_facts=post_account_facts(post, findings, facts, self.context.people,
                                                 doc.user_data.get(MODEL_SCORES), self.thresholds,
                                                 [e.text for e in doc.ents if e.label_ == "PERSON"]),
            )
            reports.append(report)
        return reports


class _Started(NamedTuple):
    """A batch on its way: its posts, their normalised texts, and the model's scores to come."""

    posts: list[Post]
    normalised: list[Normalised]
    scoring: Future | None


#: judgement-head facts a report carries for the account patterns (over their thresholds)
REPORTED_FACTS = ("personal_life",)


def _onto_original(signal: Signal, norm: Normalised) -> Signal:
    """Detectors see the normalised text; findings point into the text the user wrote."""
    spans = tuple(norm.to_original(start, end) for start, end in signal.spans)
    return replace(signal, spans=spans)


__all__ = ["Checker", "PostError"]
