"""Phrase lists and patterns kept in ``postcheck/data/lexicons/`` as YAML.

Detectors read their vocabularies from there so that a non-programmer can
review and extend them without touching Python.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import PostcheckError
from .paths import LEXICONS_DIR as LEXICON_DIR


class LexiconError(PostcheckError, ValueError, code="lexicon"):
    """A lexicon file is missing or malformed (one line for the user)."""


@lru_cache(maxsize=None)
def load_lexicon(name: str, directory: Path = LEXICON_DIR) -> dict[str, Any]:
    path = directory / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"{path}: lexicon not found") from None
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({exc})") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: a lexicon must be a mapping")
    return data


def phrase_matcher(nlp, phrases, attr: str = "LOWER", keys=None):
    """The one way to build a spaCy ``PhraseMatcher``: over ``phrases`` (tokenised, parsed only
    for ``LEMMA``), each match keyed by its phrase or by the parallel ``keys``."""
    from spacy.matcher import PhraseMatcher

    phrases = list(phrases)
    keys = phrases if keys is None else list(keys)
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    docs = list(nlp.pipe(phrases)) if attr == "LEMMA" else [nlp.make_doc(p) for p in phrases]
    for key, doc in zip(keys, docs):
        matcher.add(key, [doc])
    return matcher


def match_phrases(matchers, doc) -> list[tuple[str, int, int]]:
    """(phrase, char start, char end) for every match of any matcher, deduplicated."""
    found = {}
    for matcher in matchers:
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            found[(span.start_char, span.end_char)] = doc.vocab.strings[match_id]
    return [(phrase, s, e) for (s, e), phrase in sorted(found.items())]
