"""Judgement heads: small linear layers on the encoder's pooled sentence vector.

The embedded encoder runs once per post; every head reads the same vector, so
a new judgement (a family of abuse, a target kind, a rule's cue) costs one
matrix product or two. ``heads.npz`` holds, per head, an optional hidden layer
``H_<name>`` (``[h, 384]``) and ``c_<name>`` (``[h]``, ReLU), then the output
layer ``W_<name>`` (``[k, h or 384]``) and ``b_<name>`` (``[k]``), with the
feature scaling folded in; ``heads.json`` names the heads, their kind
(``sigmoid`` for one probability, ``softmax`` over named classes),
validation-tuned thresholds and the data that trained them
(``training/train_heads.py`` writes both).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import PostcheckError


@lru_cache(maxsize=1)
def _blas():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_blas_thread():
    """These products are small: a second BLAS thread only wakes to compete with the parse
    running beside the model (the checker's two threads), so they run on one."""
    return _blas().limit(limits=1, user_api="blas")


class HeadsError(PostcheckError, ValueError, code="heads"):
    """The heads files are missing or do not fit the encoder (one line for the user)."""


@dataclass(frozen=True)
class Head:
    """One head's weights; ``Heads.scores`` runs every head at once."""

    name: str
    kind: str  # "sigmoid" | "softmax"
    classes: tuple[str, ...]  # output names: (name,) for sigmoid, name_class for softmax
    weight: np.ndarray
    bias: np.ndarray
    hidden: np.ndarray | None = None
    hidden_bias: np.ndarray | None = None

    def gradient(self, pooled: np.ndarray) -> np.ndarray:
        """d(logit)/d(pooled) at one pooled vector (exact for a linear head)."""
        if self.hidden is None:
            return self.weight[0]
        active = (pooled @ self.hidden.T + self.hidden_bias) > 0
        return (self.weight[0] * active) @ self.hidden


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
                     weights[f"b_{h['name']}"].astype(np.float32),
                     weights[f"H_{h['name']}"].astype(np.float32) if f"H_{h['name']}" in weights else None,
                     weights[f"c_{h['name']}"].astype(np.float32) if f"c_{h['name']}" in weights else None)
                for h in meta["heads"]
            ]
        self.thresholds: dict[str, float] = {k: float(v) for k, v in meta.get("thresholds", {}).items()}
        self.dim = int(meta.get("dim", 384))
        #: the encoder outputs the heads read, concatenated in this order (pooled vectors,
        #: or token vectors mean-pooled over the attention mask)
        self.features: tuple[str, ...] = tuple(meta.get("features", ["pooled"]))
        for head in self.heads:
            width = self.dim if head.hidden is None else head.hidden.shape[0]
            if head.weight.shape != (len(head.classes), width) or (
                    head.hidden is not None and head.hidden.shape[1] != self.dim):
                raise HeadsError(f"{weights_path}: head {head.name} does not fit a {self.dim}-wide encoder")
        self._fuse()

    def _fuse(self) -> None:
        """Stack every head into two matrix products, so scoring costs the same for 3 heads or 30.

        Hidden layers side by side form one ``[sum h, dim]`` layer; each head's
        output layer reads only its own block of that (or the features directly,
        for a linear head), so one block matrix gives every logit at once.
        """
        hidden = [h for h in self.heads if h.hidden is not None]
        self._hidden = (np.concatenate([h.hidden for h in hidden]).T.copy() if hidden
                        else np.zeros((self.dim, 0), dtype=np.float32))
        self._hidden_bias = (np.concatenate([h.hidden_bias for h in hidden]) if hidden
                             else np.zeros(0, dtype=np.float32))
        n_out = sum(len(h.classes) for h in self.heads)
        self._from_hidden = np.zeros((self._hidden.shape[1], n_out), dtype=np.float32)
        self._from_features = np.zeros((self.dim, n_out), dtype=np.float32)
        self._bias = np.concatenate([h.bias for h in self.heads]).astype(np.float32)
        self._softmax: list[slice] = []
        sigmoid = np.zeros(n_out, dtype=bool)
        row = col = 0
        for head in self.heads:
            out = slice(col, col + len(head.classes))
            if head.hidden is None:
                self._from_features[:, out] = head.weight.T
            else:
                self._from_hidden[row:row + head.hidden.shape[0], out] = head.weight.T
                row += head.hidden.shape[0]
            if head.kind == "softmax":
                self._softmax.append(out)
            else:
                sigmoid[out] = True
            col = out.stop
        self._sigmoid = sigmoid

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(name for head in self.heads for name in head.classes)

    def head_for(self, label: str) -> Head | None:
        """The one-probability head named ``label`` (for splitting its logit over tokens)."""
        return next((h for h in self.heads if h.kind == "sigmoid" and h.classes == (label,)), None)

    def scores(self, pooled: np.ndarray) -> np.ndarray:
        """``[n, len(labels)]`` probabilities in the order of ``labels`` (each head as ``Head.__call__`` gives it)."""
        pooled = np.asarray(pooled, dtype=np.float32)
        with _one_blas_thread():
            hidden = np.maximum(pooled @ self._hidden + self._hidden_bias, 0.0)
            logits = hidden @ self._from_hidden + pooled @ self._from_features + self._bias
        out = np.empty_like(logits)
        with np.errstate(over="ignore"):  # exp(-x) overflows to inf for very negative x: the probability is 0
            out[:, self._sigmoid] = 1.0 / (1.0 + np.exp(-logits[:, self._sigmoid]))
        for block in self._softmax:
            part = logits[:, block] - logits[:, block].max(axis=1, keepdims=True)
            exp = np.exp(part)
            out[:, block] = exp / exp.sum(axis=1, keepdims=True)
        return out
