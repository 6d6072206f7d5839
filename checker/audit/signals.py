"""The account-level signals, registered so the rule pack can map them.

Kept free of heavy imports: the detectors package imports this module so any
rule pack that maps these signals loads wherever a Checker is built.
"""
from __future__ import annotations

from ..detectors.base import register_signals

REPEATED_TARGET = "account.repeated-hostile-target"
THIRD_PARTY_COMMENT = "account.abusive-third-party-comment"
MIXED_CONTENT = "account.personal-and-council-content"

register_signals(REPEATED_TARGET, THIRD_PARTY_COMMENT, MIXED_CONTENT)
