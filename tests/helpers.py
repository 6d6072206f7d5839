"""Helpers the test modules share (importable as ``helpers``: pyproject puts tests/ on the path).

Test modules do not import one another; what several of them need lives here.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
ARTIFACTS = TESTS / "artifacts"  # screenshots and saved reports (ignored by git)

# --- the HTTP API ----------------------------------------------------------------

KEY = "test-key-" + "0123456789abcdef"
HARMLESS = "Lovely to see so many residents at the Elmwood summer fete today."
ERROR_KEYS = {"error"}


def council_config(tmp: Path, server_table: str) -> Path:
    """The tests' fictional council with register paths made absolute, plus a [server] table."""
    text = (FIXTURES / "council.toml").read_text(encoding="utf-8")
    for name in ("pending.csv", "meetings.csv"):
        text = text.replace(f'"{name}"', json.dumps(str(FIXTURES / name)))
    path = tmp / "council-server.toml"
    path.write_text(text + "\n" + server_table, encoding="utf-8")
    return path


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == ERROR_KEYS and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["message"] and "\n" not in body["error"]["message"]
    assert "Traceback" not in response.text
    return body


# --- headless Chromium -------------------------------------------------------------

CHROMIUM = Path(os.environ.get("POSTCHECK_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def require_chromium():
    """Playwright's sync API, or a skip (inside a test) where Debian's Chromium or Playwright is absent."""
    import pytest

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    return pytest.importorskip("playwright.sync_api")


# --- a stand-in checker for worker processes -----------------------------------------
# ProcessRunner starts its workers with "spawn", so the factory must be importable by
# name in the child: it lives here, not in a test module.

class _Report:
    def __init__(self, text: str):
        self.text = text

    def to_dict(self) -> dict:
        return {"verdict": "ok", "pid": os.getpid(), "length": len(self.text)}


class StandIn:
    """Checks instantly, except "sleep" (blocks far past any deadline) and "boom" (raises)."""

    def __init__(self, config):
        self.config = config

    def check_many(self, posts, batch_size=None):
        for post in posts:
            if post.text == "sleep":
                time.sleep(600)
            if post.text == "boom":
                raise ValueError(f"failed on {post.text}")
        return [_Report(p.text) for p in posts]
