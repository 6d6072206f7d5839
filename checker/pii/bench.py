"""What the personal-data detector adds per post, as a ratio to the shared spaCy parse.

Three timings on the same posts: the parse itself (``nlp.pipe``, the floor
every detector shares), the detector on the already-parsed docs (Presidio's
recognizers on the shared ``NlpArtifacts`` plus the policy), and, for
comparison, Presidio's ``analyze()`` left to parse each text itself.
"""
from __future__ import annotations

import time
from typing import Sequence


def bench_personal_data(texts: Sequence[str], config=None, batch_size: int = 64, repeats: int = 3) -> dict:
    from ..checker import Checker
    from ..detectors.personal_data import PersonalDataDetector
    from .engine import LANGUAGE

    checker = Checker(config, detectors=[PersonalDataDetector])
    detector = checker.detectors[0]
    nlp = checker.nlp
    texts = list(texts)
    docs = list(nlp.pipe(texts[:32]))  # warm up
    for doc in docs:
        detector.assess(doc)

    def best(step) -> float:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            step()
            times.append((time.perf_counter() - start) / len(texts))
        return min(times)

    parse = best(lambda: list(nlp.pipe(texts, batch_size=batch_size)))
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    on_shared = best(lambda: [detector.assess(doc) for doc in docs])
    engine = detector.analyzer.engine
    reparse = best(lambda: [engine.analyze(text, language=LANGUAGE, score_threshold=detector.analyzer.score_threshold)
                            for text in texts])
    ms = lambda s: round(s * 1000, 3)  # noqa: E731
    return {
        "posts": len(texts),
        "parse_ms_per_post": ms(parse),
        "detector_ms_per_post": ms(on_shared),
        "detector_ratio_to_parse": round(on_shared / parse, 3),
        "presidio_analyze_with_own_parse_ms_per_post": ms(reparse),
        "presidio_analyze_ratio_to_parse": round(reparse / parse, 3),
    }
