"""Run the Checker over a stream of records into the results store.

The main process reads, validates and skips what the store already holds;
chunks of posts go to the checking engine (in-process, a pool of worker
processes that each load the models once, or a Dask cluster) and their
reports are written back one transaction per chunk.
"""
from __future__ import annotations

import hashlib
import pickle
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from ..config import Config
from ..post import Post, PostError
from ..account import account_of
from .readers import Record
from .store import Result, ResultStore, text_hash

ChunkResult = list[tuple[dict[str, Any] | None, str | None]]


@dataclass
class Counts:
    read: int = 0
    checked_now: int = 0
    checked_before: int = 0
    rejected: int = 0
    reject_samples: list[str] = field(default_factory=list)
    #: post ids read more than once with different texts (e.g. 7 and "7"): all are checked, and said so
    duplicate_ids: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def checked(self) -> int:
        return self.checked_now + self.checked_before

    def reject(self, record: Record, reason: str, store: ResultStore | None = None) -> str:
        self.rejected += 1
        message = f"{record.source}:{record.line}: {reason}"
        if len(self.reject_samples) < 1000:
            self.reject_samples.append(message)
        return message

    def warn_duplicate_id(self, record: Record, post_id: str, first: tuple[str, int]) -> str:
        self.duplicate_ids += 1
        message = (f"{record.source}:{record.line}: post id {post_id!r} was already read at {first[0]}:{first[1]} "
                   f"with a different text; both are checked")
        if len(self.warnings) < 1000:
            self.warnings.append(message)
        return message


# --- checking one chunk (runs in a worker) ------------------------------------------------

_CHECKERS: dict[str, Any] = {}


def config_token(config: Config) -> str:
    return hashlib.sha256(pickle.dumps(config)).hexdigest()[:16]


def worker_checker(config: Config, token: str | None = None):
    """The Checker of this process for ``config``, built once (models load once per process)."""
    token = token or config_token(config)
    if token not in _CHECKERS:
        from ..checker import Checker

        _CHECKERS[token] = Checker(config)
    return _CHECKERS[token]


def init_worker(config: Config, token: str, parent_pid: int | None = None) -> None:
    import signal

    from .lifeline import die_with_parent

    if parent_pid is not None:
        die_with_parent(parent_pid)  # a kill -9 of the audit leaves no worker behind
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops cleanly
    worker_checker(config, token)


def _ready(pause: float) -> int:
    import os
    import time

    time.sleep(pause)  # hold this worker so the next task starts another
    return os.getpid()


def check_chunk(posts: list[dict[str, Any]], config: Config | None = None, token: str | None = None) -> ChunkResult:
    """Reports (as dicts) for ``posts`` in order; a post the checker fails on gets an error instead."""
    checker = worker_checker(config, token) if config is not None else next(iter(_CHECKERS.values()))
    try:
        return [(r.to_dict(), None) for r in checker.check_many(posts)]
    except Exception:  # noqa: BLE001 - isolate the one bad post below
        out: ChunkResult = []
        for post in posts:
            try:
                out.append((checker.check(post).to_dict(), None))
            except Exception as exc:  # noqa: BLE001 - reported per post, never fatal
                out.append((None, f"the checker failed on this post ({type(exc).__name__}: {exc})"))
        return out


# --- engines -------------------------------------------------------------------------------

class LocalEngine:
    """In this process (1 worker) or a pool of processes, each with its own Checker."""

    def __init__(self, config: Config, workers: int = 1):
        self.config, self.workers = config, max(1, workers)
        self.token = config_token(config)
        self.pool = None
        if self.workers > 1:
            import multiprocessing
            import os
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=init_worker, initargs=(config, self.token, os.getpid()))
        else:
            worker_checker(config, self.token)

    @property
    def window(self) -> int:
        return 2 * self.workers

    def warm_up(self) -> None:
        """Start every worker and load its models now (so a measurement times checking only)."""
        if self.pool is not None:
            for future in [self.pool.submit(_ready, 0.5) for _ in range(self.workers)]:
                future.result()

    def submit(self, posts: list[dict[str, Any]]):
        if self.pool is None:
            return _Done(check_chunk(posts, self.config, self.token))
        return self.pool.submit(check_chunk, posts, None, None)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


class DaskEngine:
    """Partitions of posts checked on a Dask cluster by the same Checker."""

    def __init__(self, config: Config, scheduler: str | None = None, client=None):
        try:
            from distributed import Client
        except ImportError:
            raise RuntimeError("the Dask engine needs 'dask' and 'distributed' (pip install 'postcheck[audit]')") from None
        self.config, self.token = config, config_token(config)
        self.own_client = client is None
        self.client = client or Client(scheduler, timeout="20s")
        self.config_future = self.client.scatter(config, broadcast=True)
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self._window = 2 * workers

    @property
    def window(self) -> int:
        return self._window

    def submit(self, posts: list[dict[str, Any]]):
        return self.client.submit(check_chunk, posts, self.config_future, self.token, pure=False)

    def close(self) -> None:
        if self.own_client:
            self.client.close()


class _Done:
    def __init__(self, value: ChunkResult):
        self.value = value

    def result(self) -> ChunkResult:
        return self.value


# --- the run ---------------------------------------------------------------------------------

@dataclass
class Pending:
    record: Record
    post: dict[str, Any]
    key: tuple[str, str]


def run_audit(records: Iterable[Record], store: ResultStore, engine, config: Config, *, chunk_size: int = 256,
              on_progress: Callable[[int], None] | None = None, on_reject: Callable[[str], None] | None = None,
              on_warning: Callable[[str], None] | None = None) -> Counts:
    """Check every record not yet in ``store``; returns the counts (read = checked + rejected).

    A post is known by its id and text hash, wherever it sits in the input (an
    archive that gains newer posts at the top resumes cleanly). A post whose id
    was stored with another text was edited: its new result replaces the old.
    """
    counts = Counts()
    in_flight: deque[tuple[Any, list[Pending]]] = deque()
    seen = SeenPosts()

    def collect(future, chunk: list[Pending]) -> None:
        results, rejects = [], []
        for item, (report, error) in zip(chunk, future.result(), strict=True):
            if error is not None:
                rejects.append((item, error))
                continue
            results.append(Result(item.key[0], item.key[1], item.record.source, item.record.line,
                                  account_of(item.post), report["verdict"], item.post, report))
        inserted = store.save(results, current={r.post_id: seen.texts(r.post_id) for r in results})
        duplicates = [r for r in results if (r.post_id, r.text_hash) not in inserted]
        counts.checked_now += len(results) - len(duplicates)
        for item, error in rejects:
            _reject(item.record, error)
        for dup in duplicates:
            _reject(Record(dup.source, dup.line), f"duplicate of an earlier post with the same id {dup.post_id!r} and text")
        if on_progress:
            on_progress(len(chunk))

    def _reject(record: Record, reason: str) -> None:
        message = counts.reject(record, reason)
        store.save_rejects([(record.source, record.line, reason)])
        if on_reject:
            on_reject(message)

    for batch in _chunks(records, chunk_size):
        counts.read += len(batch)
        pending: list[Pending] = []
        for record in batch:
            if record.error is not None:
                _reject(record, record.error)
                continue
            try:
                post = Post.from_dict(record.post, max_chars=config.max_chars).to_dict() | _extras(record.post)
            except PostError as exc:
                _reject(record, str(exc))
                continue
            pending.append(Pending(record, post, (str(post["id"]), text_hash(post["text"]))))
        done, edited = store.lookup([p.key for p in pending])
        todo, unchanged = [], []
        for item in pending:
            post_id, digest = item.key
            status, first = seen.add(post_id, digest, item.record.source, item.record.line)
            if status == "duplicate":
                _reject(item.record, f"duplicate of an earlier post with the same id {post_id!r} and text")
                continue
            if status == "new-text":
                message = counts.warn_duplicate_id(item.record, post_id, first)
                if on_warning:
                    on_warning(message)
            if item.key in done:
                counts.checked_before += 1
                if post_id in edited:
                    unchanged.append(post_id)
            else:
                todo.append(item)
        store.forget_other_texts({post_id: seen.texts(post_id) for post_id in unchanged})
        if on_progress and len(todo) < len(batch):
            on_progress(len(batch) - len(todo))
        if todo:
            in_flight.append((engine.submit([p.post for p in todo]), todo))
        while len(in_flight) >= engine.window:
            collect(*in_flight.popleft())
    while in_flight:
        collect(*in_flight.popleft())
    return counts


class SeenPosts:
    """The posts read in this run, compactly: one small tuple per id, more only for an id reused with other texts."""

    def __init__(self):
        self.first: dict[str, tuple[bytes, int, int]] = {}  # id -> (text hash, source index, line)
        self.more: dict[str, dict[str, tuple[str, int]]] = {}  # id -> text hash (hex) -> where, for reused ids
        self.sources: dict[str, int] = {}
        self.names: list[str] = []

    def add(self, post_id: str, digest: str, source: str, line: int) -> tuple[str, tuple[str, int] | None]:
        """"first", "duplicate" (same id and text again) or "new-text" (with where the id was first read)."""
        entry = self.first.get(post_id)
        if entry is None:
            if source not in self.sources:
                self.sources[source] = len(self.names)
                self.names.append(source)
            self.first[post_id] = (bytes.fromhex(digest), self.sources[source], line)
            return "first", None
        where = (self.names[entry[1]], entry[2])
        texts = self.more.setdefault(post_id, {entry[0].hex(): where})
        if digest in texts:
            return "duplicate", None
        texts[digest] = (source, line)
        return "new-text", where

    def texts(self, post_id: str) -> list[str]:
        """Every text hash read for ``post_id`` in this run."""
        if post_id in self.more:
            return list(self.more[post_id])
        entry = self.first.get(post_id)
        return [entry[0].hex()] if entry else []


def _extras(raw: dict[str, Any]) -> dict[str, Any]:
    """Keys beyond the Post contract that the audit keeps (the page a comment is on)."""
    return {k: raw[k] for k in ("page",) if raw.get(k)}


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch
