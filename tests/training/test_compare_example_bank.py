"""The example bank scores a post by the labels of its nearest labelled rows."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "training"))
pytest.importorskip("sklearn")
import compare_example_bank as B  # noqa: E402


def test_the_nearest_rows_labels_make_the_score():
    bank = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]])
    bank /= np.linalg.norm(bank, axis=1, keepdims=True)
    labels = np.array([1, 1, 0, 0])
    posts = np.array([[1.0, 0.05], [0.05, 1.0]])
    posts /= np.linalg.norm(posts, axis=1, keepdims=True)
    assert B.bank_scores(posts, bank, labels, k=2).tolist() == [1.0, 0.0]
    assert B.bank_scores(posts, bank, labels, k=4).tolist() == [0.5, 0.5]


def test_average_precision_ranks_positives_first():
    assert B.average_precision(np.array([1, 0, 1, 0]), np.array([0.9, 0.1, 0.8, 0.2])) == 1.0
    assert B.average_precision(np.array([1, 0, 1, 0]), np.array([0.1, 0.9, 0.2, 0.8])) < 0.6
