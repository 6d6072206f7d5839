"""The scorer interface: a batch of texts in, per-label probabilities out.

Every toxicity backend (the embedded ONNX model, Detoxify) implements it, so
the detector that turns scores into signals never knows which one it runs.
"""
from __future__ import annotations

from typing import Mapping, Protocol, Sequence, runtime_checkable

#: Label names every backend should provide where it can (missing ones are
#: simply absent from the dict). Probabilities are in [0, 1].
#:   offensive      OLID A: offensive or profane language of any kind
#:   targeted       OLID B: an insult/threat aimed at someone (given offensive)
#:   target_individual, target_group, target_other   OLID C target head
#:   hate           hateful towards a group (TweetEval hate / Davidson)
#:   toxicity, severe_toxicity, obscene, threat, insult, identity_attack  (Detoxify names)
STANDARD_LABELS = (
    "offensive",
    "targeted",
    "target_individual",
    "target_group",
    "target_other",
    "hate",
    "toxicity",
    "severe_toxicity",
    "obscene",
    "threat",
    "insult",
    "identity_attack",
)


#: where the Checker leaves each post's model scores on its parsed ``Doc``
#: (the encoder runs once per post; every detector that needs a head reads them)
MODEL_SCORES = "postcheck.model_scores"


def target_kind(scores: Mapping[str, float] | None) -> str | None:
    """The target head's most likely kind (named_person, addressed_person, protected_group,
    organisation, policy, none), or None without the head."""
    kinds = {k.split(".", 1)[1]: v for k, v in (scores or {}).items() if k.startswith("target.")}
    return max(kinds, key=kinds.get) if kinds else None


@runtime_checkable
class Scorer(Protocol):
    """Scores texts; implementations load their model once in ``__init__``."""

    #: the labels this scorer returns, in a stable order
    labels: tuple[str, ...]

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Return one ``{label: probability}`` dict per input text, in order."""
        ...
