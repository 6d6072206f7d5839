"""The phrase cues the detectors share (postcheck/detectors/_cues.py)."""
from __future__ import annotations

import pytest


def test_a_bad_token_pattern_is_a_one_line_lexicon_error(phrase_checker):
    from postcheck.detectors._cues import Cues
    from postcheck.lexicons import LexiconError

    with pytest.raises(LexiconError, match="token pattern 1"):
        Cues(phrase_checker.nlp, {"patterns": [[{"NOT_AN_ATTR": "x"}]]}, "broken")
