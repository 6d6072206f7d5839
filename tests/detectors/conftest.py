"""Checkers and evaluations the detector tests share, each built once.

The phrase-rule and core checkers run only their own detectors, so that each
assertion (and each score) is about those detectors alone.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from postcheck.detectors.capacity import CapacityDetector
from postcheck.detectors.confidentiality import ConfidentialityDetector
from postcheck.detectors.gifts import GiftsDetector
from postcheck.detectors.insider import InsiderDetector
from postcheck.detectors.interests import InterestsDetector
from postcheck.detectors.officers import OfficersDetector
from postcheck.detectors.position import PositionDetector
from postcheck.detectors.predetermination import PredeterminationDetector
from postcheck.detectors.resources import ResourcesDetector
from helpers import labelled, post_of

#: the detectors of the seven phrase-driven rules (tests/fixtures/detector_posts_a.jsonl)
PHRASE_DETECTORS = [CapacityDetector, ResourcesDetector, PositionDetector, InsiderDetector,
                    OfficersDetector, InterestsDetector, GiftsDetector]
#: confidentiality and predetermination (tests/fixtures/core_rules_posts.jsonl)
CORE_DETECTORS = [ConfidentialityDetector, PredeterminationDetector]


@pytest.fixture(scope="session")
def phrase_checker(fixture_config):
    """The tests' council, with the seven phrase-rule detectors only."""
    from postcheck import Checker

    return Checker(fixture_config, detectors=PHRASE_DETECTORS)


@pytest.fixture(scope="session")
def plain_phrase_checker():
    """The default config (no registers), with the seven phrase-rule detectors only."""
    from postcheck import Checker
    from postcheck.config import Config

    return Checker(Config.default(), detectors=PHRASE_DETECTORS)


@pytest.fixture(scope="session")
def phrase_corpus(shared_dir):
    """The development corpus through the seven phrase-rule detectors: scores and reports."""
    from postcheck import Checker
    from postcheck.evaluation import evaluate, read_labelled

    corpus = shared_dir / "corpora"
    checker = Checker(corpus / "council.toml", detectors=PHRASE_DETECTORS)
    items = read_labelled(corpus / "posts.jsonl")
    result = evaluate(checker, items)
    reports = list(checker.check_many([post_of(item.post) for item in items]))
    return SimpleNamespace(result=result, items=items, reports=reports)


@pytest.fixture(scope="session")
def core(fixture_config):
    """The tests' council, with the confidentiality and predetermination detectors only."""
    from postcheck import Checker

    return Checker(fixture_config, detectors=CORE_DETECTORS)


@pytest.fixture(scope="session")
def core_held_out(core):
    """core_rules_posts.jsonl (written for the tests, not used to write the lexicons), evaluated."""
    from postcheck.evaluation import evaluate, read_labelled
    from helpers import FIXTURES

    return evaluate(core, read_labelled(FIXTURES / "core_rules_posts.jsonl"))


@pytest.fixture(scope="session")
def core_corpus(shared_dir):
    """The development corpus through the confidentiality and predetermination detectors, evaluated."""
    from postcheck import Checker
    from postcheck.evaluation import evaluate, read_labelled

    checker = Checker(shared_dir / "corpora" / "council.toml", detectors=CORE_DETECTORS)
    return evaluate(checker, read_labelled(shared_dir / "corpora" / "posts.jsonl"))


@pytest.fixture(scope="session")
def context_reports(checker):
    """Reports on every post of detector_posts_b.jsonl from the full checker, by post id."""
    items = labelled("detector_posts_b.jsonl")
    return {item["id"]: report for item, report in zip(items, checker.check_many([post_of(i) for i in items]))}
