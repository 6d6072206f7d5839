"""The server's edges: keys, forwarded addresses, body limits, error shapes, policies and `serve` itself.

Most tests run uvicorn in a thread around the session's ``checker`` (as
`postcheck serve` runs it: no proxy headers, JSON 400s from the protocol);
the `serve` tests run the real command.
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from postcheck.server.app import create_app  # noqa: E402
from benchmarks.harness import SubprocessServer, ThreadedServer, free_port  # noqa: E402
from postcheck.server.security import digest, match_key  # noqa: E402

from helpers import HARMLESS, KEY, assert_error, council_config  # noqa: E402

JSON = {"Content-Type": "application/json"}
FAST_REFUSAL = {"created_at": "yesterday"}  # makes a body the server reads whole, then refuses before checking


def threaded(checker, **table):
    return ThreadedServer(create_app(checker=checker, server_table=table))


def cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-c", "from postcheck.cli import main; main()", *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


# --- keys ----------------------------------------------------------------------

def test_keys_are_stored_salted_and_old_sha256_digests_still_work(checker):
    import hashlib

    one, two = digest(KEY), digest(KEY)
    assert one != two and one.startswith("scrypt$") and KEY not in one  # a fresh salt each time
    assert match_key(KEY, (one,)) == one and match_key(KEY, (two,)) == two
    legacy = hashlib.sha256(b"legacy-key").hexdigest()
    with threaded(checker, api_keys=[one, legacy]) as server, httpx.Client(base_url=server.url) as c:
        assert c.get("/v1/rules", headers={"X-API-Key": KEY}).status_code == 200
        assert c.get("/v1/rules", headers={"X-API-Key": "legacy-key"}).status_code == 200
        assert_error(c.get("/v1/rules"), 401, "missing_api_key")


def test_failed_key_attempts_count_against_the_address(checker):
    table = {"api_keys": [digest(KEY)], "failed_key_attempts_per_minute": 3, "rate_limit_per_minute": 0}
    with threaded(checker, **table) as server, httpx.Client(base_url=server.url) as c:
        codes = [c.get("/v1/rules", headers={"X-API-Key": f"guess-{n}"}).status_code for n in range(3)]
        assert codes == [401, 401, 401]
        refused = c.get("/v1/rules", headers={"X-API-Key": "guess-4"})
        assert_error(refused, 429, "rate_limited")
        assert int(refused.headers["retry-after"]) >= 1
        # even the right key waits: a guesser cannot tell a hit from a miss
        assert_error(c.get("/v1/rules", headers={"X-API-Key": KEY}), 429, "rate_limited")


@pytest.mark.slow
def test_api_key_command_reads_a_key_from_the_environment_or_a_file(tmp_path):
    from_env = cli("api-key", "--from-env", "MY_KEY", env={"MY_KEY": KEY})
    assert from_env.returncode == 0, from_env.stderr
    stored = from_env.stdout.split("digest:")[1].strip()
    assert match_key(KEY, (stored,)) == stored and KEY not in from_env.stdout
    secret = tmp_path / "key.txt"
    secret.write_text(KEY + "\n", encoding="utf-8")
    from_file = cli("api-key", "--from-file", str(secret))
    stored = from_file.stdout.split("digest:")[1].strip()
    assert match_key(KEY, (stored,)) == stored
    argv = cli("api-key", KEY)  # a secret on the command line is not taken
    assert argv.returncode == 2 and "--from-file" in argv.stderr and KEY not in argv.stdout
    unset = cli("api-key", "--from-env", "NO_SUCH_VARIABLE_HERE")
    assert unset.returncode == 2 and "NO_SUCH_VARIABLE_HERE" in unset.stderr


# --- client addresses ------------------------------------------------------------

def test_x_forwarded_for_is_ignored_unless_from_a_trusted_proxy(checker, caplog):
    caplog.set_level("INFO", logger="postcheck.access")
    with threaded(checker, rate_limit_per_minute=2) as server, httpx.Client(base_url=server.url) as c:
        codes = [c.get("/v1/rules", headers={"X-Forwarded-For": f"203.0.113.{n}"}).status_code for n in range(3)]
        assert codes == [200, 200, 429]  # one client, whatever it claims
    clients = {r.fields["client"] for r in caplog.records if getattr(r, "fields", {}).get("path") == "/v1/rules"}
    assert clients == {"127.0.0.1"}


def test_x_forwarded_for_is_believed_from_a_configured_proxy(checker, caplog):
    caplog.set_level("INFO", logger="postcheck.access")
    table = {"rate_limit_per_minute": 2, "trusted_proxies": ["127.0.0.1"]}
    with threaded(checker, **table) as server, httpx.Client(base_url=server.url) as c:
        codes = [c.get("/v1/rules", headers={"X-Forwarded-For": f"203.0.113.{n}"}).status_code for n in range(3)]
        assert codes == [200, 200, 200]  # three clients behind the proxy
    clients = {r.fields["client"] for r in caplog.records if getattr(r, "fields", {}).get("path") == "/v1/rules"}
    assert clients == {"203.0.113.0", "203.0.113.1", "203.0.113.2"}


# --- bodies and error shapes -------------------------------------------------------

@pytest.fixture(scope="module")
def open_site(checker):
    with threaded(checker, rate_limit_per_minute=0) as server:
        yield server


@pytest.mark.parametrize("char", ["😡", "é"], ids=["emoji", "accent"])
def test_a_longest_post_fits_however_its_characters_are_escaped(open_site, char):
    body = json.dumps({"text": char * 20_000, **FAST_REFUSAL}).encode()  # \\ud83d\\ude21: 12 bytes a character
    assert len(body) > 64 * 1024
    response = httpx.post(f"{open_site.url}/v1/check", content=body, headers=JSON, timeout=60)
    assert_error(response, 422, "invalid_post")  # read and validated, not refused for its size
    too_long = json.dumps({"text": char * 20_001, **FAST_REFUSAL}).encode()
    assert httpx.post(f"{open_site.url}/v1/check", content=too_long, headers=JSON).status_code == 422
    huge = json.dumps({"text": char * 60_000}).encode()
    assert_error(httpx.post(f"{open_site.url}/v1/check", content=huge, headers=JSON), 413, "body_too_large")


def test_a_batch_of_longest_posts_fits(checker):
    with threaded(checker, rate_limit_per_minute=0, max_batch=3) as server:
        posts = [{"text": "😡" * 20_000, **FAST_REFUSAL}] * 3
        response = httpx.post(f"{server.url}/v1/check/batch", json={"posts": posts}, timeout=60)
        assert_error(response, 422, "invalid_post")


def test_a_byte_order_mark_before_the_json_is_accepted(open_site):
    body = "\ufeff".encode() + json.dumps({"text": HARMLESS}).encode()
    response = httpx.post(f"{open_site.url}/v1/check", content=body, headers=JSON, timeout=60)
    assert response.status_code == 200 and response.json()["verdict"] == "ok"


def raw_request(url: str, request: bytes) -> tuple[int, dict, bytes]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def test_a_negative_content_length_gets_the_json_error_shape(open_site):
    status, headers, body = raw_request(open_site.url, b"POST /v1/check HTTP/1.1\r\nHost: x\r\n"
                                        b"Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}")
    assert status == 400 and headers["content-type"] == "application/json"
    assert json.loads(body)["error"]["code"] == "bad_request"


@pytest.mark.parametrize(("created_at", "code"), [
    ("0001-01-01T00:00:00+14:00", "invalid_post"),
    ("9999-12-31T23:59:59-14:00", "invalid_post"),
    ("2026-01-10T23:40:00", "invalid_field"),
    ("2026-01-10", "invalid_field"),
], ids=["year-1", "year-9999", "no-offset", "date-only"])
def test_created_at_out_of_range_or_without_offset_is_a_clear_422(open_site, created_at, code):
    response = httpx.post(f"{open_site.url}/v1/check", json={"text": HARMLESS, "created_at": created_at}, timeout=60)
    message = assert_error(response, 422, code)["error"]["message"]
    assert ("offset" if code == "invalid_field" else "range") in message


def test_created_at_in_range_with_offset_is_accepted(open_site):
    response = httpx.post(f"{open_site.url}/v1/check", json={"text": HARMLESS, "created_at": "2026-01-10T12:00:00Z"},
                          timeout=60)
    assert response.status_code == 200


# --- policies and CORS ----------------------------------------------------------------

def test_docs_and_openapi_have_a_content_security_policy(open_site):
    docs = httpx.get(f"{open_site.url}/docs")
    policy = docs.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "'sha256-" in policy and "'unsafe-eval'" not in policy
    assert "frame-ancestors 'none'" in policy
    spec = httpx.get(f"{open_site.url}/openapi.json")
    assert spec.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    error = httpx.get(f"{open_site.url}/no-such-page")
    assert "default-src 'none'" in error.headers["content-security-policy"]


@pytest.mark.slow
def test_docs_page_runs_under_its_policy_in_chromium(open_site):
    from helpers import ARGS, CHROMIUM

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        page = browser.new_page()
        violations = []
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        page.goto(f"{open_site.url}/docs")
        page.wait_for_selector('[data-path="/v1/check/batch"]', timeout=60_000)
        browser.close()
    assert violations == []


def test_a_preflight_from_an_unlisted_origin_is_refused_without_cors_origins(open_site):
    preflight = httpx.options(f"{open_site.url}/v1/check", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert_error(preflight, 400, "cors_refused")
    assert "access-control-allow-origin" not in preflight.headers


# --- `postcheck serve` ---------------------------------------------------------------

@pytest.mark.slow
def test_serve_refuses_every_interface_without_keys(tmp_path):
    config = council_config(tmp_path, "")
    result = cli("serve", "--host", "0.0.0.0", "--port", str(free_port()), "-c", str(config))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "without API keys" in result.stderr and "--insecure-no-auth" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_serve_prints_the_address_and_trusts_no_forwarded_address(tmp_path):
    config = council_config(tmp_path, "[server]\nrate_limit_per_minute = 2\n")
    with SubprocessServer(config, tmp_path / "serve.log") as server:
        with httpx.Client(base_url=server.url) as c:
            codes = [c.get("/v1/rules", headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in range(3)]
            status, headers, body = raw_request(server.url, b"POST /v1/check HTTP/1.1\r\nHost: x\r\n"
                                                b"Content-Length: -1\r\n\r\n")
        time.sleep(0.3)
        log = server.log_text()
    assert f"http://127.0.0.1:{server.port}/" in log
    assert codes == [200, 200, 429]
    assert status == 400 and json.loads(body)["error"]["code"] == "bad_request"
