"""The elements of a JSON array, streamed one at a time with a bound on each one's size.

X archives (``tweets.js``) and Facebook exports are single JSON arrays that can
hold years of posts. The reader scans for each element's end (tracking strings
and nesting, with regular expressions for speed), keeps at most ``max_item``
characters of it, and only then decodes it (an element already whole in the
buffer is decoded at once). Whitespace between elements is
dropped as it is read, so a file padded with gigabytes of spaces costs no
memory; an element over the bound is skipped to its end and reported as one
error, never split into several posts.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterator, TextIO

DECODER = json.JSONDecoder()
MAX_ELEMENT = 8 << 20  # characters; a tweet or a Facebook post is a few kilobytes
STRUCTURE = re.compile(r'["{}\[\]]')
IN_STRING = re.compile(r'["\\]')
SCALAR_END = re.compile(r"[,\]\s]")
UNDECODED = re.compile("[\udc80-\udcff]")  # a byte the file's encoding could not read (surrogateescape)
BETWEEN = re.compile(r"[ \t\r\n,]*")
#: where a pretty-printed export starts its next element (used only to recover from a malformed one)
NEXT_ELEMENT = re.compile(r"\n\s{0,4}\{")


def iter_json_array(handle: TextIO, source: str = "", chunk: int = 1 << 16, max_item: int = MAX_ELEMENT,
                    encoding: str = "UTF-8") -> Iterator[tuple[int, Any, str | None]]:
    """Yield ``(line, element, error)`` for each element of the first JSON array in ``handle``.

    ``handle`` decodes with ``surrogateescape``: an element holding a byte its
    ``encoding`` cannot read is an error of its own.
    """
    yield from _ArrayReader(handle, chunk, max_item, encoding).elements()


class _ArrayReader:
    def __init__(self, handle: TextIO, chunk: int, max_item: int, encoding: str):
        self.handle, self.chunk, self.max_item, self.encoding = handle, chunk, max_item, encoding
        self.buffer, self.pos, self.line, self.eof = "", 0, 1, False

    def fill(self) -> bool:
        """Read more; what lies before ``pos`` is dropped first (its newlines already counted)."""
        if self.eof:
            return False
        data = self.handle.read(self.chunk)
        if not data:
            self.eof = True
            return False
        self.buffer = self.buffer[self.pos:] + data
        self.pos = 0
        return True

    def advance(self, to: int) -> None:
        self.line += self.buffer.count("\n", self.pos, to)
        self.pos = to

    def elements(self) -> Iterator[tuple[int, Any, str | None]]:
        while (start := self.buffer.find("[", self.pos)) < 0:
            self.advance(len(self.buffer))
            if not self.fill():
                return
        self.advance(start + 1)
        while True:
            if not self.skip_between():
                return
            if self.buffer[self.pos] == "]":
                return
            yield self.element()

    def skip_between(self) -> bool:
        """Skip whitespace and commas; False at the end of the input."""
        while True:
            end = BETWEEN.match(self.buffer, self.pos).end()
            self.advance(end)
            if self.pos < len(self.buffer):
                return True
            if not self.fill():
                return False

    def element(self) -> tuple[int, Any, str | None]:
        line = self.line
        try:  # the common case, at C speed: the whole element is already in the buffer
            value, end = DECODER.raw_decode(self.buffer, self.pos)
        except (json.JSONDecodeError, RecursionError):
            pass  # incomplete or malformed: the scanner decides
        else:
            if end < len(self.buffer) and end - self.pos <= self.max_item:
                bad = UNDECODED.search(self.buffer, self.pos, end)
                self.advance(end)
                return (line, None, self.bad_byte(bad)) if bad else (line, value, None)
        end, too_big = self.scan()
        if too_big:
            return line, None, f"an element of over {self.max_item:,} characters (not a post; skipped to its end)"
        text = self.buffer[self.pos:end]
        if bad := UNDECODED.search(text):
            self.advance(end)
            return line, None, self.bad_byte(bad)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            recover = NEXT_ELEMENT.search(text, 1)
            self.advance(self.pos + (recover.start() + 1 if recover else len(text)))
            return line, None, f"not valid JSON ({exc.msg})"
        except RecursionError:
            self.advance(end)
            return line, None, "not valid JSON (nested too deeply)"
        self.advance(end)
        return line, value, None

    def bad_byte(self, match: re.Match) -> str:
        byte = ord(match.group()) - 0xDC00
        return f"not valid {self.encoding} (byte 0x{byte:02x}); if the file is in another encoding, name it with --encoding"

    def scan(self) -> tuple[int, bool]:
        """Where the element at ``pos`` ends, and whether it was over the bound (then it is consumed, unkept)."""
        self.depth, self.in_string, first = 0, False, self.buffer[self.pos]
        i, skipping = self.pos, False
        while True:
            end, i = self.find_end(i, first)
            if end is not None:
                if skipping:
                    self.advance(end)
                    return self.pos, True
                return end, False
            if i - self.pos > self.max_item:
                skipping = True
            if skipping:
                self.advance(i)  # drop what was scanned: memory stays bounded
            offset = i - self.pos
            if not self.fill():
                if skipping:
                    self.advance(len(self.buffer))
                    return self.pos, True
                return len(self.buffer), False  # unterminated: decoded (and reported) as it is
            i = self.pos + offset

    def find_end(self, i: int, first: str) -> tuple[int | None, int]:
        """(the element's end if it is in the buffer, else None; where to go on scanning after more is read)."""
        buffer = self.buffer
        if first not in '{["':
            match = SCALAR_END.search(buffer, i)
            return (match.start(), match.start()) if match else (None, len(buffer))
        while True:
            match = (IN_STRING if self.in_string else STRUCTURE).search(buffer, i)
            if match is None:
                return None, len(buffer)
            ch, i = match.group(), match.end()
            if self.in_string:
                if ch == "\\":
                    if i >= len(buffer):
                        return None, i - 1  # the escaped character is in the next chunk: rescan the backslash
                    i += 1
                else:
                    self.in_string = False
                    if self.depth == 0:
                        return i, i
            elif ch == '"':
                self.in_string = True
            elif ch in "{[":
                self.depth += 1
            else:
                self.depth -= 1
                if self.depth == 0:
                    return i, i
