"""The detector interface and the shared context every detector reads.

A detector has one job: look at the parsed ``Doc`` of a post and return
signals. It declares the signal names it may emit so the rule pack can be
validated against them on load. Detectors know nothing about clauses.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Sequence

from ..config import Config
from ..people import People
from ..post import Post
from ..signals import Signal

if TYPE_CHECKING:
    from spacy.language import Language
    from ..report import Report
    from spacy.tokens import Doc


@dataclass
class Context:
    """What detectors share: the settings, the roster, the one spaCy pipeline."""

    config: Config
    nlp: "Language"
    people: People
    cache: dict[str, Any] = field(default_factory=dict)


class Detector:
    """Base class: override ``detect`` (and ``detect_many`` to batch a model)."""

    #: short name used in evidence and in ``postcheck rules``
    name: ClassVar[str] = "detector"
    #: every signal name this detector can emit
    signals: ClassVar[frozenset[str]] = frozenset()
    #: run order (lower first); detectors that read others' results run later
    order: ClassVar[int] = 50

    def __init__(self, context: Context):
        self.context = context

    def detect(self, doc: "Doc", post: Post) -> list[Signal]:
        raise NotImplementedError

    def detect_many(self, docs: Sequence["Doc"], posts: Sequence[Post]) -> list[list[Signal]]:
        return [self.detect(doc, post) for doc, post in zip(docs, posts)]

    def annotate(self, report: "Report", post: Post, doc: "Doc", signals: list[Signal]) -> None:
        """Optional last step on the finished report (e.g. add a redacted text)."""

    @classmethod
    def enabled(cls, config: Config) -> bool:
        """Whether the config switches this detector on (all are, by default)."""
        return True


#: detector classes in the order they run; modules register themselves here
REGISTRY: list[type[Detector]] = []


def register(cls: type[Detector]) -> type[Detector]:
    if cls not in REGISTRY:
        REGISTRY.append(cls)
    return cls


#: signals raised outside single-post detectors (e.g. account-level analysis)
EXTRA_SIGNALS: set[str] = set()


def register_signals(*names: str) -> None:
    EXTRA_SIGNALS.update(names)


def known_signals() -> frozenset[str]:
    names: set[str] = set(EXTRA_SIGNALS)
    for cls in REGISTRY:
        names |= cls.signals
    return frozenset(names)
