"""Audit worker processes die with their parent, even when it is killed with SIGKILL."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import FIXTURES, ROOT

CONFIG = FIXTURES / "audit_council.toml"


def children(pid: int) -> set[int]:
    """Every live descendant of ``pid`` (from /proc, so no extra dependency)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_kill_9_of_the_parent_leaves_no_worker_or_resource_tracker(tmp_path):
    with (tmp_path / "posts.jsonl").open("w", encoding="utf-8") as out:
        for n in range(3000):
            out.write(json.dumps({"id": f"p{n}", "text": f"Ward surgery number {n} on Saturday at the library."}) + "\n")
    command = [sys.executable, "-m", "postcheck.cli", "audit", str(tmp_path / "posts.jsonl"), "--out", str(tmp_path / "out"),
               "--config", str(CONFIG), "--workers", "2", "--chunk-size", "8"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    spawned: set[int] = set()
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            spawned |= children(process.pid)
            if len(spawned) >= 3:
                break
            time.sleep(0.2)
        time.sleep(3)  # let the workers get into their models and work
        spawned |= children(process.pid)
        assert process.poll() is None, "the audit ended before it could be killed"
        assert len(spawned) >= 3, f"expected two workers and a resource tracker, saw {sorted(spawned)}"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(alive(p) for p in spawned):
            time.sleep(0.2)
        left = sorted(p for p in spawned if alive(p))
        assert left == [], f"still running after the parent was killed: {left}"
    finally:  # never leave this test's processes behind, whatever happened
        for pid in spawned | children(process.pid) | ({process.pid} if process.poll() is None else set()):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
