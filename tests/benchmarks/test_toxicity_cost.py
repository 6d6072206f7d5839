"""The toxicity detector's cost benchmark (benchmarks/toxicity_cost.py) measures what it says."""
from __future__ import annotations

import pytest

from benchmarks.toxicity_cost import measure_cost
from postcheck import Checker
from postcheck.detectors.toxicity import ToxicityDetector


@pytest.fixture(scope="module")
def tox(fixture_config):
    return Checker(fixture_config, detectors=[ToxicityDetector])


def test_cost_times_the_detectors_own_calls_per_post(tox, monkeypatch):
    """measure_cost reports milliseconds a post, averaged over the repeats, of detect and of detect_many."""
    import time

    detector = tox.detectors[0]
    calls = {"detect": 0, "detect_many": 0}

    def detect(doc, post):
        calls["detect"] += 1
        time.sleep(0.02)  # 20 ms a post, one by one
        return []

    def detect_many(docs, posts):
        calls["detect_many"] += 1
        time.sleep(0.02)  # 20 ms a batch of two: 10 ms a post
        return [[] for _ in docs]

    monkeypatch.setattr(detector, "detect", detect)
    monkeypatch.setattr(detector, "detect_many", detect_many)
    cost = measure_cost(tox, ["Cllr Khan is an idiot.", "Bins are late again on Mill Lane."], repeat=3)
    assert cost["posts"] == 2
    assert calls == {"detect": 6, "detect_many": 3}
    assert 20 <= cost["single_ms"] < 40
    assert 10 <= cost["batched_ms"] < 20
    assert cost["single_ratio_to_parse"] > cost["batched_ratio_to_parse"]


def test_cost_needs_the_toxicity_detector(fixture_config):
    from postcheck.detectors.confidentiality import ConfidentialityDetector

    with pytest.raises(ValueError, match="switched off"):
        measure_cost(Checker(fixture_config, detectors=[ConfidentialityDetector]), ["Bins are late."])
