"""Several seeds of a head fold into one wider network whose logit is their mean."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from helpers import ROOT

pytest.importorskip("sklearn")
sys.path.insert(0, str(ROOT / "training"))
import train_heads as TH  # noqa: E402


def _logit(p):
    return np.log(p) - np.log1p(-p)


def test_two_seeds_make_one_network_that_averages_their_logits():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 12)).astype(np.float32)
    y = (x[:, 0] + 0.5 * x[:, 1] + rng.normal(scale=0.5, size=400) > 0).astype(int)
    w = np.ones(400)
    *_, one = TH.fit_sigmoid(x, y, w, hidden=8, alpha=0.1, seeds=(1,))
    *_, other = TH.fit_sigmoid(x, y, w, hidden=8, alpha=0.1, seeds=(2,))
    h, c, out, b, both = TH.fit_sigmoid(x, y, w, hidden=8, alpha=0.1, seeds=(1, 2))
    assert h.shape == (16, 12) and c.shape == (16,) and out.shape == (1, 16)
    z = x[:50]
    expected = 1 / (1 + np.exp(-(_logit(one(z)) + _logit(other(z))) / 2))
    np.testing.assert_allclose(both(z), expected, rtol=1e-4, atol=1e-5)
    assert not np.allclose(one(z), other(z))  # the seeds do differ: the average is not trivial
