"""Worker processes that die with their parent.

A pool worker holds the models (hundreds of MB); if the audit is killed with
SIGKILL it cannot shut its pool down, and orphaned workers (and the
multiprocessing resource tracker they keep open) would live on. Each worker
asks Linux to SIGKILL it when its parent dies (``PR_SET_PDEATHSIG``) and, on
any platform, runs a watchdog thread that exits once the parent has gone.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int, interval: float = 0.5) -> None:
    """Call first thing in a worker: from now on it does not outlive ``parent_pid``."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still covers it
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)
    threading.Thread(target=_watch, args=(parent_pid, interval), name="parent-watchdog", daemon=True).start()


def _watch(parent_pid: int, interval: float) -> None:
    while os.getppid() == parent_pid:
        time.sleep(interval)
    os._exit(1)
