"""Under overload the server refuses quickly, keeps answering /healthz, and recovers.

A short, bounded flood on loopback (a few seconds) against a real uvicorn
server with a deliberately small queue. The throughput table comes from
``python -m benchmarks.server_load`` (see the README), not from this test.
"""
from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from checker.server.app import create_app  # noqa: E402
from benchmarks.harness import ThreadedServer  # noqa: E402
from benchmarks.server_load import overload, run_load  # noqa: E402

pytestmark = pytest.mark.slow  # a browser, a server under load, a cluster or a notebook: not in the fast lane

POSTS = [
    {"text": "I will vote against the Quarry Lane application whatever the officers say. " * 20},
    {"text": "Between you and me, the Part 2 report on Project Falcon says the depot sale is done. " * 20},
    {"text": "Lovely to see so many residents at the Elmwood summer fete today. " * 20},
]


@pytest.fixture(scope="module")
def small_server(checker):
    table = {"threads": 1, "max_queue": 2, "rate_limit_per_minute": 0, "request_timeout_seconds": 30}
    with ThreadedServer(create_app(checker=checker, server_table=table)) as server:
        yield server


def test_saturated_server_answers_healthz_and_recovers(small_server):
    report = asyncio.run(overload(small_server.url, POSTS, concurrency=24, duration=4.0))
    flood = report["flood"]
    assert flood["statuses"].get("503", 0) > 0, "the flood should pass the queue and be refused"
    assert flood["statuses"].get("200", 0) > 0, "queued checks still complete"
    assert set(flood["statuses"]) <= {"200", "503"} and flood["requests"] == sum(flood["statuses"].values())
    assert report["healthz_probes"] >= 5 and report["healthz_ok"] == report["healthz_probes"]
    assert report["healthz_max_ms"] < 3000
    assert report["recovered"] and report["readyz_after"] == 200


def test_steady_load_has_no_errors(small_server):
    result = asyncio.run(run_load(small_server.url, POSTS, concurrency=2, duration=2.0))
    assert result.requests > 0 and result.errors == 0
    assert result.percentile(50) <= result.percentile(95) <= result.percentile(99)
