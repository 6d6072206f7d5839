"""Keep torch and transformers out of a process that does not use them.

When they are installed (the Detoxify extra), spaCy's ``import thinc`` imports
torch, and spaCy loads every installed ``spacy_factories`` entry point, among
them Presidio's Hugging Face component, which imports transformers: seconds
of start-up and hundreds of megabytes for a pipeline that uses neither.
While the checker loads, ``hidden_frameworks`` makes those imports fail as if
the packages were absent (the libraries all handle that), then lets later
imports through again. It does nothing when the config needs them: the
Detoxify backend, or a transformer spaCy pipeline.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

from .config import Config

FRAMEWORKS = ("torch", "transformers")


def needs_frameworks(config: Config) -> bool:
    """Whether this config's checker uses torch or transformers itself."""
    return config.toxicity.get("backend") == "detoxify" or "trf" in config.spacy_model.lower()


@contextmanager
def hidden_frameworks(config: Config) -> Iterator[None]:
    hidden = [] if needs_frameworks(config) else [name for name in FRAMEWORKS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` now raises ImportError
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, "") is None:
                del sys.modules[name]
