"""Hostile posts cost a bounded time: the regular expressions outside the detectors, and the
whole Checker on a handful of 20,000-character shapes (benchmarks/hostile_inputs.py runs them all)."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time

import pytest

from helpers import ROOT


def seconds(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def test_the_email_pattern_is_linear():
    """Presidio's own pattern took over a minute on this (an unbounded run before the @)."""
    from postcheck.pii.offline import email_recognizer

    recognizer = email_recognizer()
    hostile = "a." * 9990 + "@b"
    assert seconds(recognizer.analyze, hostile, ["EMAIL_ADDRESS"]) < 2
    found = recognizer.analyze("write to jane.doe+council@example.co.uk today", ["EMAIL_ADDRESS"])
    assert [r.start for r in found] == [9] and found[0].end == 9 + len("jane.doe+council@example.co.uk")


def test_cued_values_are_read_a_bounded_way_past_each_cue():
    """Every cue once scanned to the end of the line: 1,818 cues took over a second."""
    from postcheck.pii.cued import cued_recognizers

    address = next(r for r in cued_recognizers() if r.name == "CuedAddressRecognizer")
    assert seconds(address.analyze, "lives at x " * 1818, None) < 0.5
    text = "She lives at 14 Mill Lane, Elmwood. Lovely street."
    [found] = address.analyze(text, None)
    assert text[found.start:found.end] == "14 Mill Lane, Elmwood"


@pytest.mark.slow
def test_presidio_patterns_have_a_short_time_limit():
    probe = ("from postcheck import Checker; Checker(); "
             "import presidio_analyzer.pattern_recognizer as p; print(p.REGEX_TIMEOUT_SECONDS)")
    env = {k: v for k, v in os.environ.items() if k != "REGEX_TIMEOUT_SECONDS"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                            env={**env, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip()) == 1


def _benchmark():
    spec = importlib.util.spec_from_file_location("hostile_inputs", ROOT / "benchmarks" / "hostile_inputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HANDFUL = ["a. x 9990 + @b (e-mail shape)", "spaces", "digits", "combining marks", "many e-mails",
           "phone-like runs", "e-mail shape, long local part", "sort code shape"]


@pytest.mark.slow
@pytest.mark.parametrize("name", HANDFUL)
def test_hostile_posts_are_checked_in_bounded_time(default_checker, name):
    """A generous bound (a normal post takes ~20 ms here): 5 s for 20,000 hostile characters."""
    text = _benchmark().hostile_posts()[name]
    assert len(text) <= 20_000
    default_checker.check("warm up")
    assert seconds(default_checker.check, text) < 5


@pytest.mark.parametrize("text", ["Cllr" + " " * 19_990 + "x", ("Cllr " * 4000)[:20_000], ("Mr Mrs Dr " * 2000)[:20_000],
                                  ("Cllr   " * 2857)[:20_000]], ids=["title-then-spaces", "titles", "mixed-titles", "spaced"])
def test_the_people_pattern_stays_linear(fixture_config, text):
    """Titles and names from the roster, against runs of titles and spaces (was already linear: kept so)."""
    from postcheck.config import load_config
    from postcheck.people import People

    pattern = People(load_config(fixture_config))._compile()
    assert seconds(pattern.findall, text) < 0.5
