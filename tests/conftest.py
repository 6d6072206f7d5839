"""Shared fixtures: the real spaCy pipeline and rule pack, loaded once per session.

``shared_dir`` points at the labelled data kept beside the project (the
datasets and the development corpus); tests that need it skip cleanly when it
is absent, as in a user's fresh clone. Set POSTCHECK_SHARED to use another path.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import FIXTURES, ROOT


def _shared() -> Path:
    return Path(os.environ.get("POSTCHECK_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = _shared()
    if not (path / "corpora" / "posts.jsonl").is_file():
        pytest.skip("the shared corpora and datasets are not beside the project")
    return path


@pytest.fixture(scope="session")
def fixture_config() -> Path:
    """A small council config of the tests' own (people, registers, meetings)."""
    return FIXTURES / "council.toml"


@pytest.fixture(scope="session")
def fixture_context(fixture_config):
    """What the detectors share, for the tests' council, with no scorer: build one detector on it."""
    from postcheck.config import load_config
    from postcheck.detectors.base import Context
    from postcheck.nlp import load_pipeline
    from postcheck.people import People

    config = load_config(fixture_config)
    return Context(config=config, nlp=load_pipeline(config.spacy_model), people=People(config), scorer=None)


@pytest.fixture(scope="session")
def scored_context(fixture_context):
    """The same, with the shipped embedded model as the scorer (for the detectors that read its heads)."""
    from dataclasses import replace

    from postcheck.scoring.factory import make_scorer

    return replace(fixture_context, scorer=make_scorer(fixture_context.config))


@pytest.fixture(scope="session")
def checker(fixture_config):
    from postcheck import Checker

    return Checker(fixture_config)


@pytest.fixture(scope="session")
def default_checker():
    from postcheck import Checker

    return Checker()


@pytest.fixture(scope="session")
def corpus_checker(shared_dir):
    from postcheck import Checker

    return Checker(shared_dir / "corpora" / "council.toml")


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path_factory):
    """Config discovery must not pick up the tester's own POSTCHECK_CONFIG or user config."""
    monkeypatch.delenv("POSTCHECK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "no-user-config"))
