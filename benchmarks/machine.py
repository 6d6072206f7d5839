"""The machine a figure was measured on, described the one way every benchmark prints it.

Figures are ratios so that they travel between machines, but a reader still
needs the CPU, the core count and the Python beside them.
"""
from __future__ import annotations

import os
import platform
from pathlib import Path


def machine() -> dict:
    """CPU model (from /proc/cpuinfo where there is one), cores, Python version and platform."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}


def describe(m: dict | None = None) -> str:
    """One line: ``CPU, N cores, Python X.Y.Z``."""
    m = m or machine()
    return f"{m['cpu']}, {m['cores']} cores, Python {m['python']}"
