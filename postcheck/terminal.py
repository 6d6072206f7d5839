"""Text from posts made safe for a terminal: no control characters, no escape sequences.

A post (or a file name, or a register entry) can hold ESC sequences that
recolour, retitle or hyperlink the user's terminal, or carriage returns and
backspaces that overwrite what was printed. Each control character becomes a
visible stand-in of the same length (U+2400's control pictures, U+FFFD for
C1 controls), so character offsets into the text still hold. Newlines and
tabs stay. Rich markup is never parsed from these strings: print them as
``Text`` or with ``markup=False``.
"""
from __future__ import annotations

_KEEP = {"\n", "\t"}
_TABLE = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in _KEEP}
_TABLE[0x7F] = "\u2421"  # DEL
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})  # C1 controls, CSI (0x9b) among them
# bidirectional overrides and isolates can make text read differently from what it is
_TABLE.update({code: "\ufffd" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def safe(text: str) -> str:
    """``text`` with every control character replaced by a visible one, length unchanged."""
    return text.translate(_TABLE)
