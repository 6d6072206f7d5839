"""Property-based fuzzing of the API from its own OpenAPI document (schemathesis).

Positive and negative cases for every operation against a real uvicorn
server: no 5xx, every status and content type documented, every body valid
against the documented schema. Bounded so it runs in well under a minute.
Cases are drawn with Hypothesis directly from each operation's strategy
(schemathesis's own pytest plugin does not load under pytest 9).
"""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from postcheck.server.app import create_app  # noqa: E402
from benchmarks.harness import ThreadedServer  # noqa: E402

pytestmark = pytest.mark.slow  # a browser, a server under load, a cluster or a notebook: not in the fast lane

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = {GenerationMode.POSITIVE: 15, GenerationMode.NEGATIVE: 10}


@pytest.fixture(scope="module")
def fuzz_server(checker):
    table = {"rate_limit_per_minute": 1_000_000, "max_batch": 5, "request_timeout_seconds": 30}
    with ThreadedServer(create_app(checker=checker, server_table=table)) as server:
        yield server


@pytest.fixture(scope="module")
def operations(fuzz_server):
    schema = schemathesis.openapi.from_url(f"{fuzz_server.url}/openapi.json")
    found = {op.label: op for op in (result.ok() for result in schema.get_all_operations())}
    assert {"POST /v1/check", "POST /v1/check/batch", "GET /v1/rules", "GET /v1/rules/{rule_id}"} <= set(found)
    return found


OPERATIONS = ["POST /v1/check", "POST /v1/check/batch", "GET /v1/rules", "GET /v1/rules/{rule_id}"]
CASES = [(label, mode) for label in OPERATIONS for mode in EXAMPLES] + [
    ("GET /healthz", GenerationMode.POSITIVE), ("GET /readyz", GenerationMode.POSITIVE)]  # no input to negate


@pytest.mark.parametrize(("label", "mode"), CASES, ids=[f"{label}-{mode.value}" for label, mode in CASES])
def test_api_conforms_to_its_openapi_document(operations, fuzz_server, label, mode):
    calls = []

    @given(case=operations[label].as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES[mode], deadline=None, suppress_health_check=list(HealthCheck),
              derandomize=True, database=None)
    def conforms(case):
        response = case.call_and_validate(base_url=fuzz_server.url, checks=CHECKS, timeout=60)
        calls.append(response.status_code)

    conforms()
    assert calls, "no case was generated"
