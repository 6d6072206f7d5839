"""The personal-data lexicon (patterns, context words, categories) as one mapping."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lexicons import load_lexicon


def personal_data_lexicon() -> dict[str, Any]:
    return load_lexicon("personal_data")


def single_words(words: list[str]) -> list[str]:
    """Presidio's context enhancer compares one lemma at a time: keep one-word cues."""
    return [w.lower() for w in words if " " not in w.strip()]


@lru_cache(maxsize=None)
def phrase_regex(phrases: tuple[str, ...], case_sensitive: bool = False) -> re.Pattern[str]:
    """One regex that finds any of ``phrases`` on word boundaries."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", 0 if case_sensitive else re.IGNORECASE)
