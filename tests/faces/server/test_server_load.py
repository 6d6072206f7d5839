"""Under overload the server refuses quickly, keeps answering /healthz, and recovers.

A short, bounded flood on loopback (a few seconds) against a real uvicorn
server with a deliberately small queue. The throughput table comes from
``python -m benchmarks.server_load`` (see the README), not from this test.
"""
from __future__ import annotations

import asyncio
import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from postcheck.server.app import create_app  # noqa: E402
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


def test_under_concurrent_load_every_answer_is_its_own_posts_report(small_server, checker):
    """Requests in flight together each get the report of their own post, never a neighbour's."""
    import httpx

    posts = [{**post, "id": f"p{n}"} for n, post in enumerate(POSTS * 4)]
    expected = [checker.check(post).to_dict() for post in posts]
    assert len({json.dumps(report["findings"], sort_keys=True) for report in expected}) == len(POSTS)

    async def answers() -> list[dict]:
        gate = asyncio.Semaphore(2)  # the queue holds two: every request is answered, none refused
        async with httpx.AsyncClient(base_url=small_server.url, timeout=60) as client:
            async def one(post: dict) -> dict:
                async with gate:
                    response = await client.post("/v1/check", json=post)
                    assert response.status_code == 200, response.text
                    return response.json()

            return await asyncio.gather(*(one(post) for post in posts))

    assert asyncio.run(answers()) == expected
