"""The ordered verdict scale: ok < advice < review < block."""
from __future__ import annotations

LEVELS = ("ok", "advice", "review", "block")
RANK = {name: rank for rank, name in enumerate(LEVELS)}
#: what a finding can be (a verdict can also be "ok"), mildest first
SEVERITIES = LEVELS[1:]


def highest(levels) -> str:
    return max(levels, key=RANK.__getitem__, default="ok")


def lower(level: str) -> str:
    """One step down the scale, never below ``advice`` for a real finding."""
    return LEVELS[max(RANK[level] - 1, 1)]
