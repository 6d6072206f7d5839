"""Input-derived text made safe for a terminal.

File names inside an archive, post ids and parse errors come from the input;
an escape sequence among them could recolour, retitle or rewrite the user's
terminal. Control characters (C0, DEL, C1) and bidirectional overrides are
shown as visible escapes instead; Rich markup is never interpreted (the
progress bar prints with ``markup=False``).
"""
from __future__ import annotations

import re

UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """``text`` with every control character written as a visible escape (``\\x1b``, ``\\u202e``)."""
    return UNSAFE.sub(_escape, str(text))


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
