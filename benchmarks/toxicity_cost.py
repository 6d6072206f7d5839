"""The toxicity detector's own cost, single and batched, as ratios to the shared spaCy parse.

Used by the evaluation notebook; the whole checker's speed is ``benchmarks/speed.py``.
"""
from __future__ import annotations

import time
from typing import Sequence

from postcheck.detectors.toxicity import ToxicityDetector
from postcheck.post import Post


def measure_cost(checker, texts: Sequence[str], repeat: int = 1) -> dict[str, float]:
    """Milliseconds per post for the toxicity detector, single and batched, and as a ratio to the shared parse.

    ``checker`` is a ``Checker`` (its pipeline and toxicity detector are used).
    Returns ``parse_ms``, ``single_ms``, ``batched_ms`` (per post) and the
    two ratios to the parse.
    """
    detector = next((d for d in checker.detectors if isinstance(d, ToxicityDetector)), None)
    if detector is None:
        raise ValueError("the toxicity detector is switched off in this configuration")
    posts = [Post(text=t) for t in texts]
    n = len(posts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        docs = list(checker.nlp.pipe(texts, batch_size=64))
    parse = (time.perf_counter() - start) / n * 1000
    start = time.perf_counter()
    for _ in range(repeat):
        for doc, post in zip(docs, posts):
            detector.detect(doc, post)
    single = (time.perf_counter() - start) / n * 1000
    start = time.perf_counter()
    for _ in range(repeat):
        detector.detect_many(docs, posts)
    batched = (time.perf_counter() - start) / n * 1000
    return {
        "posts": len(posts),
        "parse_ms": parse,
        "single_ms": single,
        "batched_ms": batched,
        "single_ratio_to_parse": single / parse if parse else float("nan"),
        "batched_ratio_to_parse": batched / parse if parse else float("nan"),
    }
