"""Detectors, one module each: a parsed post in, signals (facts) out.

Which detectors run, and in what order, is declared in ``postcheck.assembly``.
Each module imports its heavy dependencies lazily, inside the detector's
``__init__``, so that listing signals and validating the rule pack stays
cheap. No detector knows a rule id or a severity: the rule pack grades.
"""
from __future__ import annotations

from .base import Context, Detector

__all__ = ["Context", "Detector"]
