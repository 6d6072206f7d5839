"""What the personal-data detector adds per post, as a ratio to the shared spaCy parse.

    python benchmarks/pii_speed.py POSTS.jsonl [--config council.toml] [--repeats 3]

Three timings on the same posts (a "text" field each), printed as JSON: the
parse itself (``nlp.pipe``, the floor every detector shares), the detector on
the already-parsed docs (Presidio's recognizers on the shared
``NlpArtifacts`` plus the policy), and, for comparison, Presidio's
``analyze()`` left to parse each text itself. Each is the best of
``--repeats`` runs.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as ``python benchmarks/pii_speed.py``: time this checkout's checker
    sys.path.insert(0, str(ROOT))


def bench_personal_data(texts: Sequence[str], config=None, batch_size: int = 64, repeats: int = 3) -> dict:
    from postcheck import Checker
    from postcheck.detectors.personal_data import PersonalDataDetector
    from postcheck.pii.engine import LANGUAGE

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


def read_texts(path: Path) -> list[str]:
    """The "text" of each JSONL line; a ValueError naming the file when it cannot be read or is empty."""
    try:
        texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: cannot read posts ({exc})") from None
    if not texts:
        raise ValueError(f"{path}: no posts")
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/pii_speed.py", description=__doc__.splitlines()[0])
    parser.add_argument("posts", type=Path, help='JSONL posts (a "text" field each) to time')
    parser.add_argument("--config", "-c", type=Path, help="council settings (TOML), for the allow-list")
    parser.add_argument("--repeats", type=int, default=3, help="best of this many runs (3)")
    args = parser.parse_args(argv)

    from postcheck.errors import PostcheckError

    try:
        texts = read_texts(args.posts)
    except ValueError as exc:
        return error(exc)
    try:
        result = bench_personal_data(texts, args.config, repeats=max(1, args.repeats))
    except PostcheckError as exc:
        return error(exc)
    print(json.dumps(result, indent=2))
    return 0


def error(exc: Exception) -> int:
    """One line on stderr, never a traceback; exit status 2 as postcheck's own errors."""
    print(f"pii_speed: error: {' '.join(str(exc).split())}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
