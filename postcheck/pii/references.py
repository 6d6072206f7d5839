"""Council case and account references ("ref EHC-3381", "HB/204417"), plus a council's own formats.

The config's ``[personal_data] case_reference_patterns`` adds patterns; each
is a regular expression scored as a stated reference. Public references
(planning and licensing applications, road numbers) are filtered later by
the policy, since they are on public registers.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..errors import PostcheckError
from .lexicon import personal_data_lexicon, single_words

ENTITY = "CASE_REFERENCE"


class CaseReferencePatternError(PostcheckError, ValueError, code="case-reference"):
    """A configured case-reference pattern is not a valid regular expression."""


def case_reference_recognizer(extra_patterns: Iterable[str] = ()):
    from presidio_analyzer import Pattern, PatternRecognizer

    lex = personal_data_lexicon()["case_reference"]
    patterns = [Pattern(p["name"], p["regex"], p["score"]) for p in lex["patterns"]]
    for number, regex in enumerate(extra_patterns, start=1):
        try:
            re.compile(regex)
        except re.error as exc:
            raise CaseReferencePatternError(
                f"personal_data.case_reference_patterns[{number}] is not a valid regular expression ({exc})"
            ) from None
        patterns.append(Pattern(f"council pattern {number}", regex, 0.6))
    return PatternRecognizer(supported_entity=ENTITY, name="CaseReferenceRecognizer", patterns=patterns,
                             context=single_words(lex["context"]), global_regex_flags=re.MULTILINE)
