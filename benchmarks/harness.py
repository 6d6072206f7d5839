"""Running a real server on a loopback port: for the tests and the load test.

``ThreadedServer`` runs uvicorn in a thread of this process (sharing an
already loaded ``Checker``); ``SubprocessServer`` runs ``postcheck serve`` as
a separate process, its stderr (the JSON logs) kept in a file.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    """Poll ``/readyz`` until it answers 200; fail early if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode} before it was ready")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{url} was not ready after {timeout:g} s")


class ThreadedServer:
    """uvicorn serving ``app`` on 127.0.0.1 in a daemon thread."""

    def __init__(self, app: Any, **options: Any):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        from postcheck.server.protocol import JsonErrorH11Protocol

        options = {"proxy_headers": False, "http": JsonErrorH11Protocol, **options}  # as `postcheck serve` runs it
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_config=None, access_log=False,
                                lifespan="on", **options)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name=f"uvicorn-{self.port}", daemon=True)

    def __enter__(self) -> "ThreadedServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the threaded server did not start")
            time.sleep(0.02)
        wait_ready(self.url, 30)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


class SubprocessServer:
    """``postcheck serve`` in its own process group; stderr (JSON logs) goes to ``log_path``."""

    def __init__(self, config: Path | None, log_path: Path, *, workers: int = 1, ready_timeout: float = 240,
                 extra_env: dict[str, str] | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.ready_timeout = ready_timeout
        self.args = [sys.executable, "-c", "from postcheck.cli import main; main()", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                     "--workers", str(workers)]
        if config is not None:
            self.args += ["--config", str(config)]
        self.env = {**os.environ, **(extra_env or {})}
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "SubprocessServer":
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(self.args, stdout=self._log, stderr=subprocess.STDOUT, env=self.env,
                                        start_new_session=True)
        try:
            wait_ready(self.url, self.ready_timeout, self.process)
        except Exception:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")
