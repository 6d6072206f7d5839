"""The detector interface and the shared context every detector reads.

A detector has one job: look at the parsed ``Doc`` of a post and return
signals. It declares the signal names it may emit so the rule pack can be
validated against them on load. Detectors know nothing about clauses.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Sequence

from ..config import Config
from ..people import People
from ..post import Post
from ..signals import Signal

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..targets import TargetResolver


@dataclass
class Context:
    """What detectors share: the settings, the roster, the one spaCy pipeline."""

    config: Config
    nlp: "Language"
    people: People
    #: the scoring model the pipeline runs once per post before the detectors (None when off);
    #: its scores are on each ``doc.user_data[MODEL_SCORES]``
    scorer: Any = None

    @cached_property
    def thresholds(self) -> dict[str, float]:
        """The thresholds for the scorer's scores: defaults, the model's own, the council's."""
        from ..config import model_thresholds

        return model_thresholds(self.config, getattr(self.scorer, "thresholds", None))

    @cached_property
    def targets(self) -> "TargetResolver":
        """The one target resolver (mentions of people, groups, parties, bodies and policies) every
        detector that asks who a post is aimed at shares."""
        from ..targets import TargetResolver

        return TargetResolver(self.nlp, self.people)


class Detector:
    """Base class: override ``detect`` (and ``detect_many`` to batch a model)."""

    #: short name used in evidence and in ``postcheck rules``
    name: ClassVar[str] = "detector"
    #: every signal name this detector can emit
    signals: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, context: Context):
        self.context = context

    def detect(self, doc: "Doc", post: Post) -> list[Signal]:
        raise NotImplementedError

    def detect_many(self, docs: Sequence["Doc"], posts: Sequence[Post]) -> list[list[Signal]]:
        return [self.detect(doc, post) for doc, post in zip(docs, posts)]

    @classmethod
    def enabled(cls, config: Config) -> bool:
        """Whether the config switches this detector on (all are, by default)."""
        return True
