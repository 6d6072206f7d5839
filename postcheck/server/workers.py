"""Checks in worker processes, so a hostile post can freeze neither the server nor its deadline.

A thread cannot be stopped, and spaCy's tokenizer and the regular-expression
engine hold the GIL for as long as they run: a post that makes either slow
would stall the event loop (``/healthz`` included) and outlive its request.
Here each check runs in a separate process holding its own ``Checker``; the
event loop only waits on a pipe. When a request's deadline passes, the
process running it is killed and a fresh one is started in its place, so the
work really stops and the capacity comes back by itself.
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any

from ..config import Config
from ..errors import PostcheckError
from ..post import Post
from .errors import ApiError
from .logs import ERROR_LOGGER, event


class WorkerFailed(PostcheckError, RuntimeError, code="worker"):
    """A check process died or raised; the request gets a 500, the process is replaced."""


def _die_with(parent: int) -> None:
    """End this process as soon as the server that started it is gone (even by ``kill -9``),
    rather than finish a long check nobody will read and linger holding the models.

    On Linux the kernel does it (``PR_SET_PDEATHSIG``): a thread could not, since a
    check can hold the GIL for as long as it runs. Elsewhere a watching thread does
    what it can.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # it went before the request was made
                os._exit(0)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def worker_main(conn, config: Config, factory=None) -> None:
    """The body of a check process: load a ``Checker``, then check the batches sent to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    _die_with(os.getppid())
    try:
        if factory is None:
            from ..checker import Checker

            checker = Checker(config)
        else:
            checker = factory(config)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as one line
        conn.send(("failed", f"{type(exc).__name__}: {' '.join(str(exc).split())}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            posts = conn.recv()
        except (EOFError, OSError):  # the server has gone: so do we
            return
        try:
            reports = [report.to_dict() for report in checker.check_many(posts, batch_size=len(posts))]
        except Exception as exc:  # noqa: BLE001 - its type and frames only: the message may hold the post
            frames = [f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__)]
            answer = ("error", type(exc).__name__, frames[-8:])
        else:
            answer = ("ok", reports)
        try:
            conn.send(answer)
        except OSError:  # the server has gone
            return


@dataclass(eq=False)
class _Worker:
    number: int
    process: Any
    conn: Any
    started: float = field(default=0.0)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


async def _readable(conn) -> None:
    """Wait, without blocking the event loop, until ``conn`` has data (or its other end closed)."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    fd = conn.fileno()
    loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
    try:
        await ready
    finally:
        loop.remove_reader(fd)


class ProcessRunner:
    """``processes`` check processes behind a bounded queue (503 past ``processes + max_queue``)."""

    def __init__(self, config: Config, *, processes: int, max_queue: int, factory=None):
        self.config = config
        self.processes = processes
        self.capacity = processes + max_queue
        self.factory = factory
        self._context = multiprocessing.get_context("spawn")
        self._numbers = itertools.count(1)
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._busy: set[_Worker] = set()
        self._starting: set[asyncio.Task] = set()
        self._in_hand = 0
        self.replaced = 0
        self.closed = False

    @property
    def in_hand(self) -> int:
        return self._in_hand

    async def start(self) -> None:
        """Start every process; return once one is ready (raise ``WorkerFailed`` if none can load)."""
        tasks = [self._launch() for _ in range(self.processes)]
        first = asyncio.as_completed(tasks)
        errors = []
        for done in first:
            try:
                await done
                return
            except WorkerFailed as exc:
                errors.append(str(exc))
        raise WorkerFailed(errors[0] if errors else "no check process started")

    def _launch(self) -> asyncio.Task:
        task = asyncio.ensure_future(self._spawn())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)
        return task

    async def _spawn(self) -> None:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=worker_main, args=(child, self.config, self.factory),
                                        name="postcheck-check", daemon=True)
        process.start()
        child.close()
        worker = _Worker(next(self._numbers), process, parent)
        try:
            await _readable(parent)
            message = parent.recv()
        except (EOFError, OSError):
            message = ("failed", f"the check process exited with status {process.exitcode}")
        except asyncio.CancelledError:
            worker.kill()
            raise
        if message[0] != "ready":
            worker.kill()
            raise WorkerFailed(message[1])
        if self.closed:
            worker.kill()
            return
        self._idle.put_nowait(worker)

    def _replace(self, worker: _Worker, why: str) -> None:
        worker.kill()
        self.replaced += 1
        event(ERROR_LOGGER, "check process replaced", worker=worker.number, reason=why)
        if not self.closed:
            self._launch().add_done_callback(self._started_or_logged)

    @staticmethod
    def _started_or_logged(task: asyncio.Task) -> None:
        if not task.cancelled() and task.exception() is not None:
            event(ERROR_LOGGER, "a replacement check process failed to start", logging.ERROR,
                  reason=str(task.exception()))

    async def check(self, posts: list[Post]) -> list[dict[str, Any]]:
        """The reports (as dicts) for ``posts``; a cancelled (timed-out) check kills its process."""
        if self._in_hand >= self.capacity:
            raise ApiError(503, "overloaded", "the server is busy; try again shortly", {"Retry-After": "1"})
        if self.closed:
            raise ApiError(503, "unavailable", "the server is shutting down", {"Retry-After": "5"})
        self._in_hand += 1
        try:
            worker = await self._idle.get()
            return await self._run(worker, posts)
        finally:
            self._in_hand -= 1

    async def _run(self, worker: _Worker, posts: list[Post]) -> list[dict[str, Any]]:
        self._busy.add(worker)
        worker.started = time.monotonic()
        try:
            worker.conn.send(posts)
            await _readable(worker.conn)
            message = worker.conn.recv()
        except asyncio.CancelledError:
            self._busy.discard(worker)
            self._replace(worker, "deadline passed")
            raise
        except (EOFError, OSError, BrokenPipeError):
            self._busy.discard(worker)
            self._replace(worker, "the process died")
            raise WorkerFailed("the check process died") from None
        self._busy.discard(worker)
        if message[0] == "ok":
            self._idle.put_nowait(worker)
            return message[1]
        self._idle.put_nowait(worker)
        event(ERROR_LOGGER, "check failed in a check process", exception=message[1], frames=message[2])
        raise WorkerFailed(f"the check failed ({message[1]})")

    def longest_running(self) -> float:
        now = time.monotonic()
        return max((now - w.started for w in list(self._busy)), default=0.0)

    def shutdown(self) -> None:
        self.closed = True
        for task in list(self._starting):
            task.cancel()
        while not self._idle.empty():
            self._idle.get_nowait().kill()
        for worker in list(self._busy):
            worker.kill()
