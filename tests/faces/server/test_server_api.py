"""The HTTP API on a real uvicorn server over loopback, driven with httpx.

Two kinds of server: ``served`` runs ``postcheck serve`` as a subprocess (the
real command, its JSON logs captured for the no-post-text check); the others
run uvicorn in a thread around the session's ``checker`` with a [server]
table of their own (API keys required, tight limits, a tiny time limit).
"""
from __future__ import annotations

import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from postcheck.server.app import create_app  # noqa: E402
from benchmarks.harness import SubprocessServer, ThreadedServer  # noqa: E402
from postcheck.server.security import digest, match_key  # noqa: E402

from helpers import HARMLESS, KEY, assert_error, council_config  # noqa: E402

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
INTRANET = "https://intranet.elmbridgevale.gov.uk"
CONFIDENTIAL = "Between you and me, the Part 2 report on Project Falcon says the depot sale is done."
PREDETERMINED = "I will vote against the Quarry Lane application whatever the officers say."


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("served")
    table = f"""
[server]
cors_origins = ["{EXTENSION}", "{INTRANET}"]
api_keys = ["{digest(KEY)}"]
rate_limit_per_minute = 100000
rate_limit_per_key_per_minute = 100000
max_batch = 5
"""
    with SubprocessServer(council_config(tmp, table), tmp / "server.log") as server:
        yield server


@pytest.fixture(scope="module")
def client(served):
    with httpx.Client(base_url=served.url, timeout=60, headers={"X-API-Key": KEY}) as c:
        yield c


def threaded(checker, **table):
    return ThreadedServer(create_app(checker=checker, server_table=table))


# --- service endpoints -------------------------------------------------------

@pytest.mark.slow
def test_healthz_and_readyz(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    body = ready.json()
    assert body["status"] == "ready" and body["rule_pack"] == "bexley"
    assert {"confidentiality", "predetermination"} <= set(body["detectors"])


@pytest.mark.slow
def test_openapi_document_describes_every_endpoint(client):
    doc = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/check/batch", "/v1/rules", "/v1/rules/{rule_id}", "/healthz", "/readyz"} <= set(doc["paths"])
    check = doc["paths"]["/v1/check"]["post"]
    assert check["requestBody"]["content"]["application/json"]["schema"]["$ref"] == "#/components/schemas/PostIn"
    assert {"200", "400", "413", "415", "422", "429", "504"} <= set(check["responses"])
    schemas = doc["components"]["schemas"]
    assert schemas["PostIn"]["required"] == ["text"]
    assert {"verdict", "findings", "redacted_text"} <= set(schemas["ReportOut"]["properties"])
    assert doc["components"]["securitySchemes"]["APIKeyHeader"]["name"] == "X-API-Key"


@pytest.mark.slow
def test_docs_page_uses_local_swagger_assets(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/docs-assets/swagger-ui-bundle.js" in page.text and "cdn" not in page.text.lower()
    asset = client.get("/docs-assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.content) > 100_000


@pytest.mark.slow
def test_web_page_is_served_with_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and '<label class="label label--m" for="draft">' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200


# --- checking ----------------------------------------------------------------

@pytest.mark.slow
def test_check_returns_the_same_report_as_the_checker(client, checker):
    response = client.post("/v1/check", json={"text": CONFIDENTIAL, "id": "p1"})
    assert response.status_code == 200
    report = response.json()
    assert report == checker.check({"text": CONFIDENTIAL, "id": "p1"}).to_dict()
    assert report["id"] == "p1" and report["verdict"] == "block"
    finding = next(f for f in report["findings"] if f["rule"] == "confidentiality.disclosure")
    assert any(CONFIDENTIAL[a:b] == "Project Falcon" for a, b in finding["spans"])
    assert any(q["id"] == "4.1" and "confidential" in q["text"] for q in finding["quotes"])
    assert "redacted_text" in report


@pytest.mark.slow
def test_check_predetermination_and_a_harmless_post(client):
    rules = [f["rule"] for f in client.post("/v1/check", json={"text": PREDETERMINED}).json()["findings"]]
    assert "predetermination.closed-mind" in rules
    harmless = client.post("/v1/check", json={"text": HARMLESS, "account": "councillor", "kind": "post"}).json()
    assert harmless["verdict"] == "ok" and harmless["findings"] == []


@pytest.mark.slow
def test_batch_keeps_order_and_ids(client, checker):
    posts = [{"id": "a", "text": CONFIDENTIAL}, {"id": "b", "text": HARMLESS}, {"id": 3, "text": PREDETERMINED}]
    response = client.post("/v1/check/batch", json={"posts": posts})
    assert response.status_code == 200
    reports = response.json()["reports"]
    assert [r["id"] for r in reports] == ["a", "b", "3"]
    assert reports == [r.to_dict() for r in checker.check_many(posts)]


@pytest.mark.slow
def test_batch_limits_and_per_post_errors(client):
    too_many = client.post("/v1/check/batch", json={"posts": [{"text": HARMLESS}] * 6})
    assert "at most 5" in assert_error(too_many, 422, "too_many_posts")["error"]["message"]
    bad = client.post("/v1/check/batch", json={"posts": [{"text": HARMLESS}, {"text": "   "}]})
    assert assert_error(bad, 422, "empty_text")["error"]["message"].startswith("posts[1]:")
    assert_error(client.post("/v1/check/batch", json={"posts": []}), 422, "invalid_field")
    assert_error(client.post("/v1/check/batch", json={"posts": [{"txt": "x"}]}), 422, "missing_text")


@pytest.mark.slow
def test_rules_list_and_one_rule_with_clause_texts(client):
    pack = client.get("/v1/rules").json()
    assert pack["code"] == "bexley"
    ids = [r["id"] for r in pack["rules"]]
    assert {"confidentiality.disclosure", "predetermination.closed-mind"} <= set(ids)
    rule = client.get("/v1/rules/confidentiality.disclosure").json()
    assert rule["id"] == "confidentiality.disclosure"
    assert rule["clauses"][0]["id"] == "4.1" and rule["clauses"][0]["text"].startswith("I do not disclose")
    assert_error(client.get("/v1/rules/no.such-rule"), 404, "unknown_rule")


# --- errors --------------------------------------------------------------------

JSON = {"Content-Type": "application/json"}
DEEP = "[" * 10_000 + "]" * 10_000
NESTED = '{"text": "x", "extra": ' + "[" * 40 + "]" * 40 + "}"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "headers", "status", "code"),
    [
        (b'{"text": "unfinished', JSON, 400, "malformed_json"),
        (b"", JSON, 400, "malformed_json"),
        (b'{"text": NaN}', JSON, 400, "malformed_json"),
        (b'{"text": "caf\xe9"}', JSON, 400, "invalid_utf8"),
        (DEEP.encode(), JSON, 400, "too_deeply_nested"),
        (NESTED.encode(), JSON, 400, "too_deeply_nested"),
        (b'["a list"]', JSON, 422, "invalid_body"),
        (b'{"text": 42}', JSON, 422, "invalid_field"),
        (b'{"text": "ok", "account": "robot"}', JSON, 422, "invalid_field"),
        (b'{"text": "ok", "media": "a photo"}', JSON, 422, "invalid_field"),
        (b'{"text": "ok", "created_at": "yesterday"}', JSON, 422, "invalid_post"),
        (b'{"author": "@someone"}', JSON, 422, "missing_text"),
        (b'{"text": ""}', JSON, 422, "empty_text"),
        (b'{"text": " \\n\\t "}', JSON, 422, "empty_text"),
        (json.dumps({"text": "word " * 4001}).encode(), JSON, 422, "text_too_long"),
        (b'{"text": "broken \\ud800 surrogate"}', JSON, 422, "invalid_unicode"),
        (b'{"text": "ok", "quoted_text": "\\udfff"}', JSON, 422, "invalid_unicode"),
        (b'{"text": "hello"}', {"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
        (b'{"text": "hello"}', {"Content-Type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
        (b'{"text": "hello"}', {"Content-Type": "application/json; charset=latin-1"}, 415, "unsupported_media_type"),
        (b'{"text": "hello"}', {}, 415, "unsupported_media_type"),
    ],
    ids=["truncated", "empty-body", "nan", "invalid-utf8", "deep-10000", "deep-40", "not-object", "text-number",
         "bad-account", "bad-media", "bad-timestamp", "missing-text", "empty-text", "blank-text", "too-long",
         "lone-surrogate", "surrogate-elsewhere", "text-plain", "form", "latin1", "no-content-type"],
)
def test_bad_requests_get_stable_json_errors(client, body, headers, status, code):
    assert_error(client.post("/v1/check", content=body, headers=headers), status, code)


@pytest.mark.slow
def test_not_found_and_method_not_allowed(client):
    assert_error(client.get("/v2/check"), 404, "not_found")
    wrong = client.get("/v1/check")
    assert_error(wrong, 405, "method_not_allowed")
    assert "POST" in wrong.headers["allow"]
    assert_error(client.delete("/v1/rules"), 405, "method_not_allowed")


@pytest.mark.slow
def test_body_limit_from_content_length(client):
    body = json.dumps({"text": "x" * 400_000}).encode()  # past 12 bytes a character of a 20,000-character post
    assert_error(client.post("/v1/check", content=body, headers=JSON), 413, "body_too_large")


@pytest.mark.slow
def test_body_limit_while_reading_a_stream(client):
    """A chunked body with no Content-Length is cut off once it passes the limit."""
    sent = []

    def chunks():
        yield b'{"text": "'
        for _ in range(200):  # 200 x 4 KiB: far past the ~300 KB limit
            sent.append(1)
            yield b"y" * 4096
        yield b'"}'

    try:
        response = client.post("/v1/check", content=chunks(), headers=JSON)
    except httpx.HTTPError:
        pytest.fail("the server should answer 413, not drop the connection")
    assert_error(response, 413, "body_too_large")


# --- request ids, CORS, keys ---------------------------------------------------

@pytest.mark.slow
def test_request_id_is_echoed_or_made(client):
    echoed = client.get("/healthz", headers={"X-Request-ID": "ext-42.abc"})
    assert echoed.headers["x-request-id"] == "ext-42.abc"
    made = client.get("/healthz").headers["x-request-id"]
    assert len(made) == 32
    unsafe = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"}).headers["x-request-id"]
    assert unsafe != "bad id\twith spaces" and len(unsafe) == 32


@pytest.mark.slow
def test_cors_allows_the_extension_and_council_origins_only(client):
    for origin in (EXTENSION, INTRANET):
        preflight = client.options("/v1/check", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,x-api-key"})
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == origin
        assert "x-api-key" in preflight.headers["access-control-allow-headers"].lower()
    response = client.post("/v1/check", json={"text": HARMLESS}, headers={"Origin": EXTENSION})
    assert response.headers["access-control-allow-origin"] == EXTENSION
    assert "x-request-id" in response.headers["access-control-expose-headers"].lower()
    stranger = client.options("/v1/check", headers={"Origin": "https://evil.example",
                                                    "Access-Control-Request-Method": "POST"})
    assert_error(stranger, 400, "cors_refused")
    assert "access-control-allow-origin" not in stranger.headers
    simple = client.post("/v1/check", json={"text": HARMLESS}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


@pytest.mark.slow
def test_once_a_key_is_configured_every_request_needs_one(served):
    with httpx.Client(base_url=served.url, timeout=60) as anonymous:
        assert anonymous.post("/v1/check", json={"text": HARMLESS}, headers={"X-API-Key": KEY}).status_code == 200
        assert_error(anonymous.post("/v1/check", json={"text": HARMLESS}, headers={"X-API-Key": "guess"}),
                     401, "invalid_api_key")
        assert_error(anonymous.post("/v1/check", json={"text": HARMLESS}), 401, "missing_api_key")
        assert anonymous.get("/healthz").status_code == 200


def test_required_api_key_and_per_key_rate_limit(checker):
    table = {"api_keys": [digest(KEY), digest("other-key")], "require_api_key": True,
             "rate_limit_per_key_per_minute": 3, "rate_limit_per_minute": 1000}
    with threaded(checker, **table) as server, httpx.Client(base_url=server.url, timeout=30) as c:
        assert_error(c.get("/v1/rules"), 401, "missing_api_key")
        assert_error(c.get("/v1/rules", headers={"X-API-Key": KEY.upper()}), 401, "invalid_api_key")
        assert c.get("/healthz").status_code == 200  # service endpoints need no key
        codes = [c.post("/v1/check", json={"text": HARMLESS}, headers={"X-API-Key": KEY}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        limited = c.post("/v1/check", json={"text": HARMLESS}, headers={"X-API-Key": KEY})
        assert_error(limited, 429, "rate_limited")
        assert int(limited.headers["retry-after"]) >= 1
        # another key has its own allowance
        assert c.post("/v1/check", json={"text": HARMLESS}, headers={"X-API-Key": "other-key"}).status_code == 200


def test_per_address_rate_limit_and_recovery(checker):
    with threaded(checker, rate_limit_per_minute=120) as server, httpx.Client(base_url=server.url, timeout=30) as c:
        codes = [c.get("/v1/rules").status_code for _ in range(125)]
        assert codes[:120] == [200] * 120 and 429 in codes[120:]
        limited = c.get("/v1/rules")
        assert_error(limited, 429, "rate_limited")
        wait = int(limited.headers["retry-after"])
        assert 1 <= wait <= 2  # 120 a minute: one token every half second
        time.sleep(wait)
        assert c.get("/v1/rules").status_code == 200


def test_time_limit_gives_504(checker):
    with threaded(checker, request_timeout_seconds=0.000001) as server, httpx.Client(base_url=server.url) as c:
        assert_error(c.post("/v1/check", json={"text": CONFIDENTIAL * 40}), 504, "timeout")
        assert c.get("/healthz").status_code == 200


def test_overload_gives_503_with_retry_after(checker):
    long_post = {"text": (PREDETERMINED + " ") * 200}
    with threaded(checker, threads=1, max_queue=0, request_timeout_seconds=120) as server, httpx.Client(base_url=server.url, timeout=60) as c:
        with ThreadPoolExecutor(6) as pool:
            responses = list(pool.map(lambda _: c.post("/v1/check", json=long_post), range(6)))
        statuses = sorted(r.status_code for r in responses)
        assert 200 in statuses and 503 in statuses and set(statuses) <= {200, 503}, [r.text[:200] for r in responses]
        busy = next(r for r in responses if r.status_code == 503)
        assert_error(busy, 503, "overloaded")
        assert busy.headers["retry-after"] == "1"
        assert c.post("/v1/check", json={"text": HARMLESS}).status_code == 200  # recovered


class ExplodingChecker:
    """The real checker, except that checking raises an error whose message holds the post."""

    def __init__(self, real):
        self.real = real
        self.config = real.config
        self.rule_pack = real.rule_pack
        self.detectors = real.detectors

    def to_post(self, item):
        return self.real.to_post(item)

    def check_many(self, posts, batch_size=None):
        raise RuntimeError(f"failed on {posts[0].text}")


def test_unexpected_errors_are_json_500_and_logged_without_the_post(checker, caplog):
    marker = f"MARKER-{uuid.uuid4().hex}"
    caplog.set_level("INFO", logger="postcheck")
    with threaded(ExplodingChecker(checker)) as server, httpx.Client(base_url=server.url) as c:
        response = c.post("/v1/check", json={"text": f"post {marker}"}, headers={"X-Request-ID": "boom-1"})
    body = assert_error(response, 500, "internal_error")
    assert "boom-1" in body["error"]["message"] and marker not in response.text
    logged = [json.dumps(getattr(r, "fields", {})) + r.getMessage() for r in caplog.records]
    assert any("RuntimeError" in line and "boom-1" in line for line in logged)
    assert not any(marker in line for line in logged)


def test_log_post_text_opt_in(checker, caplog):
    marker = f"MARKER-{uuid.uuid4().hex}"
    caplog.set_level("INFO", logger="postcheck.access")
    with threaded(checker, log_post_text=True) as server, httpx.Client(base_url=server.url) as c:
        assert c.post("/v1/check", json={"text": f"post {marker}"}).status_code == 200
    assert any(marker in json.dumps(getattr(r, "fields", {})) for r in caplog.records)


@pytest.mark.slow
def test_no_post_text_in_the_server_logs(served, client):
    """Posts with a unique marker, good and bad, through every route: the marker never reaches the log."""
    marker = f"MARKER{uuid.uuid4().hex}"
    text = f"Between you and me, {marker} is on the Part 2 agenda."
    client.post("/v1/check", json={"text": text, "author": f"@{marker}", "quoted_text": marker})
    client.post("/v1/check/batch", json={"posts": [{"text": text, "id": "m1"}, {"text": marker}]})
    client.post("/v1/check", content=f'{{"text": "{marker}'.encode(), headers=JSON)
    client.post("/v1/check", json={"text": (marker + " ") * 1000})
    client.post("/v1/check", json={"text": marker, "created_at": marker})
    client.post("/v1/check/batch", json={"posts": [{"text": marker}] * 9})
    client.post("/v1/check", content=f'{{"text": "{marker}"}}'.encode(), headers={"Content-Type": "text/plain"})
    client.post(f"/v1/{marker}", json={"text": marker})
    time.sleep(0.5)  # let the log lines flush
    log = served.log_text()
    lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    requests = [line for line in lines if line.get("logger") == "postcheck.access"]
    assert len(requests) >= 8 and all("request_id" in line and "status" in line for line in requests)
    assert any(line.get("error_code") == "text_too_long" for line in requests)
    assert marker not in log


@pytest.mark.slow
def test_config_errors_are_one_line(tmp_path):
    import subprocess
    import sys

    bad = council_config(tmp_path, '[server]\napi_keys = ["not-a-digest"]\n')
    result = subprocess.run([sys.executable, "-c", "from postcheck.cli import main; main()", "serve", "-c", str(bad)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "SHA-256" in result.stderr and "Traceback" not in result.stderr


def test_api_key_command_makes_a_key_and_its_digest():
    from typer.testing import CliRunner

    from postcheck.cli import app

    result = CliRunner().invoke(app, ["api-key"])
    assert result.exit_code == 0
    lines = dict(line.split(":", 1) for line in result.output.strip().splitlines())
    key, stored = lines["key"].strip(), lines["digest"].strip()
    assert len(key) >= 40 and stored.startswith("scrypt$") and key not in stored
    assert match_key(key, (stored,)) == stored and match_key(key + "x", (stored,)) is None


class StuckChecker(ExplodingChecker):
    """The real checker, except that checking blocks until the test releases it."""

    def __init__(self, real):
        super().__init__(real)
        import threading

        self.release = threading.Event()

    def check_many(self, posts, batch_size=None):
        self.release.wait(30)
        return self.real.check_many(posts, batch_size=batch_size)


def test_a_stuck_check_makes_readyz_fail_until_it_ends(checker):
    stuck = StuckChecker(checker)
    with ThreadedServer(create_app(checker=stuck, server_table={"request_timeout_seconds": 0.2})) as server, \
            httpx.Client(base_url=server.url, timeout=30) as c:
        assert_error(c.post("/v1/check", json={"text": HARMLESS}), 504, "timeout")
        time.sleep(0.7)  # past three times the time limit
        stalled = c.get("/readyz")
        assert stalled.status_code == 503 and stalled.json()["status"] == "stalled"
        assert c.get("/healthz").status_code == 200
        stuck.release.set()
        deadline = time.monotonic() + 10
        while c.get("/readyz").status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert c.get("/readyz").json()["status"] == "ready"
