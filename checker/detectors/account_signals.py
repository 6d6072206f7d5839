"""Declares the batch auditor's account-level signals (see checker/audit/signals.py).

Not a detector: importing it registers signal names so that a rule pack
mapping them validates wherever a Checker loads it.
"""
from ..audit import signals  # noqa: F401
