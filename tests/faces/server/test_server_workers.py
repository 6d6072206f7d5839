"""Checks in worker processes: a deadline kills the work, and a hostile post never stalls the server.

``ProcessRunner`` is driven directly with a stand-in checker (loaded in the
child process by name, so these tests need no models); the end-to-end test
runs ``postcheck serve`` on loopback with the real models.
"""
from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest

from postcheck.config import Config
from postcheck.post import Post
from postcheck.server.errors import ApiError
from postcheck.server.workers import ProcessRunner, WorkerFailed

from helpers import TESTS, StandIn  # a module the spawned workers can import StandIn from


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a killed child not yet reaped is a zombie: count it as gone
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().split()[2] != "Z"


def run(coro):
    return asyncio.run(coro)


def test_a_check_past_its_deadline_is_killed_and_its_process_replaced():
    async def scenario():
        runner = ProcessRunner(Config(), processes=1, max_queue=1, factory=StandIn)
        await runner.start()
        try:
            first = (await runner.check([Post("hello")]))[0]["pid"]
            started = time.monotonic()
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.5):
                    await runner.check([Post("sleep")])
            assert time.monotonic() - started < 2
            assert not alive(first), "the process running the late check must be killed"
            assert runner.replaced == 1
            again = await asyncio.wait_for(runner.check([Post("hello again")]), 60)
            assert again[0]["pid"] != first and again[0]["length"] == len("hello again")
        finally:
            runner.shutdown()

    run(scenario())


def test_a_failing_check_is_reported_and_the_process_kept():
    async def scenario():
        runner = ProcessRunner(Config(), processes=1, max_queue=1, factory=StandIn)
        await runner.start()
        try:
            with pytest.raises(WorkerFailed, match="ValueError") as raised:
                await runner.check([Post("boom")])
            assert "boom" not in str(raised.value)  # the message may hold the post: never passed on
            assert (await runner.check([Post("fine")]))[0]["verdict"] == "ok"
            assert runner.replaced == 0
        finally:
            runner.shutdown()

    run(scenario())


def test_the_queue_is_bounded():
    async def scenario():
        runner = ProcessRunner(Config(), processes=1, max_queue=0, factory=StandIn)
        await runner.start()
        try:
            slow = asyncio.ensure_future(runner.check([Post("sleep")]))
            await asyncio.sleep(0.2)
            with pytest.raises(ApiError) as refused:
                await runner.check([Post("hello")])
            assert refused.value.status == 503 and refused.value.code == "overloaded"
            slow.cancel()
        finally:
            runner.shutdown()

    run(scenario())


@pytest.mark.slow
def test_healthz_stays_under_a_second_while_a_hostile_post_is_checked(tmp_path):
    """The real server and models: "(" * 19970 once froze the event loop for ~45 s."""
    httpx = pytest.importorskip("httpx")
    from benchmarks.harness import SubprocessServer
    from helpers import council_config

    timeout = 3
    config = council_config(tmp_path, f"[server]\nrequest_timeout_seconds = {timeout}\nrate_limit_per_minute = 0\n")
    with SubprocessServer(config, tmp_path / "server.log") as server, \
            httpx.Client(base_url=server.url, timeout=120) as client:
        outcome = {}

        def hostile():
            started = time.monotonic()
            response = client.post("/v1/check", json={"text": "(" * 19970})
            outcome.update(status=response.status_code, seconds=time.monotonic() - started)

        thread = threading.Thread(target=hostile)
        thread.start()
        latencies = []
        while thread.is_alive() or len(latencies) < 10:
            started = time.monotonic()
            assert client.get("/healthz", timeout=5).status_code == 200
            latencies.append(time.monotonic() - started)
            time.sleep(0.1)
        thread.join()
        assert max(latencies) < 1.0, f"/healthz took {max(latencies):.2f} s"
        assert outcome["status"] in (200, 504)
        assert outcome["seconds"] < timeout + 2, "the deadline must end the request"
        # the server recovers by itself: a fresh check process answers an ordinary post
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            response = client.post("/v1/check", json={"text": "Lovely fete today."})
            if response.status_code == 200:
                break
            time.sleep(1)
        assert response.status_code == 200 and response.json()["verdict"] == "ok"
        # the check processes end with the server, even killed outright in the middle of a long check
        psutil = pytest.importorskip("psutil")
        children = psutil.Process(server.process.pid).children(recursive=True)
        checkers = [c for c in children if "spawn_main" in " ".join(c.cmdline())]
        assert checkers, "the server should have a check process"

        def doomed():
            try:
                client.post("/v1/check", json={"text": "(" * 19970})
            except httpx.HTTPError:
                pass

        threading.Thread(target=doomed, daemon=True).start()
        time.sleep(1.0)  # the check is under way, well before its deadline
        server.process.kill()
        server.process.wait()
        gone, alive = psutil.wait_procs(checkers, timeout=10)
        assert not alive, f"check processes outlived the server: {[p.pid for p in alive]}"


SERVER_THAT_DIES = """
import asyncio, sys
sys.path.insert(0, {tests!r})
from postcheck.config import Config
from postcheck.post import Post
from postcheck.server.workers import ProcessRunner

from helpers import StandIn

async def main():
    runner = ProcessRunner(Config(), processes=1, max_queue=0, factory=StandIn)
    await runner.start()
    print(next(iter(runner._idle._queue)).process.pid, flush=True)
    await runner.check([Post("sleep")])  # blocks: the test kills this process meanwhile

asyncio.run(main())
"""


@pytest.mark.slow
def test_a_busy_check_process_dies_with_its_server():
    """The server killed outright while its check process is in the middle of a (ten-minute) check."""
    import signal
    import subprocess
    import sys
    psutil = pytest.importorskip("psutil")
    script = SERVER_THAT_DIES.format(tests=str(TESTS))
    server = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        child = psutil.Process(int(server.stdout.readline()))
        time.sleep(0.5)  # the check is under way
        assert child.is_running()
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
        gone, alive = psutil.wait_procs([child], timeout=10)
        assert not alive, "the check process outlived its server"
    finally:
        if server.poll() is None:
            server.kill()
