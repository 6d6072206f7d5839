"""Judgement heads: small linear layers on the encoder's pooled sentence vector.

The embedded encoder runs once per post; every head reads the same vector, so
a new judgement (a family of abuse, a target kind, a rule's cue) costs one
matrix product. ``heads.npz`` holds, per head, a weight matrix ``W_<name>``
(``[k, 384]``) and bias ``b_<name>`` (``[k]``) with the feature scaling folded
in; ``heads.json`` names the heads, their kind (``sigmoid`` for one
probability, ``softmax`` over named classes), validation-tuned thresholds and
the data that trained them (``training/train_heads.py`` writes both).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np


class HeadsError(ValueError):
    """The heads files are missing or do not fit the encoder (one line for the user)."""


@dataclass(frozen=True)
class Head:
    name: str
    kind: str  # "sigmoid" | "softmax"
    classes: tuple[str, ...]  # output names: (name,) for sigmoid, name_class for softmax
    weight: np.ndarray
    bias: np.ndarray

    def __call__(self, pooled: np.ndarray) -> np.ndarray:
        logits = pooled @ self.weight.T + self.bias
        if self.kind == "softmax":
            logits = logits - logits.max(axis=1, keepdims=True)
            exp = np.exp(logits)
            return exp / exp.sum(axis=1, keepdims=True)
        return 1.0 / (1.0 + np.exp(-logits))


class Heads:
    """All heads of one model directory; ``scores(pooled)`` gives name -> probability per row."""

    def __init__(self, model_dir: str | Path):
        model_dir = Path(model_dir)
        meta_path, weights_path = model_dir / "heads.json", model_dir / "heads.npz"
        if not meta_path.is_file() or not weights_path.is_file():
            raise HeadsError(f"judgement heads missing in {model_dir} (need heads.json and heads.npz)")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(weights_path) as weights:
            self.heads = [
                Head(h["name"], h["kind"], tuple(h["outputs"]), weights[f"W_{h['name']}"].astype(np.float32),
                     weights[f"b_{h['name']}"].astype(np.float32))
                for h in meta["heads"]
            ]
        self.thresholds: dict[str, float] = {k: float(v) for k, v in meta.get("thresholds", {}).items()}
        self.dim = int(meta.get("dim", 384))
        for head in self.heads:
            if head.weight.shape[1] != self.dim or head.weight.shape[0] != len(head.classes):
                raise HeadsError(f"{weights_path}: head {head.name} has shape {head.weight.shape}")

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(name for head in self.heads for name in head.classes)

    def scores(self, pooled: np.ndarray) -> np.ndarray:
        """``[n, len(labels)]`` probabilities in the order of ``labels``."""
        return np.concatenate([head(pooled) for head in self.heads], axis=1).astype(np.float32)
