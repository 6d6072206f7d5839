"""Which text encoding an input file is in, so that no post is lost to a bad byte.

Order: the user's ``--encoding``; a byte-order mark (Excel writes UTF-8 with
one); for a CSV, UTF-8 when the file is UTF-8 throughout, or mostly (then each
record with a bad byte is rejected on its own, with its line), otherwise the
legacy encoding charset-normalizer finds (a Windows-1252 export from Excel).
JSON formats are UTF-8 unless a BOM or ``--encoding`` says otherwise.

Files are then decoded with ``surrogateescape``: a byte the encoding cannot
read becomes a lone surrogate in its record, which the reader reports as that
record's error instead of failing the whole file.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

from ..errors import PostcheckError

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SAMPLE = 4 << 20
#: below this many bytes beyond ASCII a file readable as Windows-1252 is read as such
FEW_BYTES = 8
#: the single-byte encodings an export may be in, Western European first
LEGACY = ("cp1252", "iso8859_15", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "mac_roman", "cp850")
BAD_LOW, BAD_HIGH = "\udc80", "\udcff"
NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32", "cp1252": "Windows-1252",
         "cp1250": "Windows-1250", "cp1251": "Windows-1251", "iso8859-15": "Latin-9", "iso8859-1": "Latin-1"}
BAD = re.compile("[\udc80-\udcff]")
NON_ASCII = re.compile("[^\x00-\x7f]")


class EncodingError(PostcheckError, ValueError, code="encoding"):
    """An ``--encoding`` Python does not know (one line for the user)."""


def check_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise EncodingError(f"unknown encoding {name!r} (try utf-8, utf-8-sig, cp1252 or latin-1)") from None


def bom_encoding(head: bytes) -> str | None:
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    return None


def detect_encoding(path: Path, override: str | None = None, legacy: bool = True) -> str:
    """The encoding to read ``path`` with (see the module's docstring for the order).

    ``legacy=False`` for JSON formats, which are UTF-8 by definition (RFC 8259):
    only a byte-order mark or the override changes them.
    """
    if override:
        return check_encoding(override)
    with path.open("rb") as handle:
        head = handle.read(4)
        if bom := bom_encoding(head):
            return bom
        if not legacy:
            return "utf-8"
        handle.seek(0)
        if _is_utf8(handle):
            return "utf-8"
        handle.seek(0)
        bad, good = _utf8_counts(handle)
        if bad == 0 or 10 * good >= bad:
            return "utf-8"  # mostly UTF-8: the few bad bytes are errors in their own records
        handle.seek(0)
        sample = handle.read(SAMPLE)
    return legacy_encoding(sample)


def legacy_encoding(sample: bytes) -> str:
    """The single-byte encoding charset-normalizer finds for ``sample``.

    Windows-1252 (what Excel writes in the UK) wins whenever a match about as
    good as the best reads the sample exactly as Windows-1252 does.
    """
    from charset_normalizer import from_bytes

    try:
        western = sample.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and sum(byte >= 0x80 for byte in sample) < FEW_BYTES:
        return "cp1252"  # too few bytes beyond ASCII to tell code pages apart: the UK default
    matches = list(from_bytes(sample, cp_isolation=list(LEGACY)))
    if not matches:
        return "cp1252"
    best = matches[0]
    for match in matches:
        close = match.chaos <= best.chaos + 0.05 and match.coherence >= best.coherence - 0.1
        if close and western is not None and str(match) == western:
            return "cp1252"
    return best.encoding


def _is_utf8(handle) -> bool:
    """Whether the whole file is valid UTF-8 (the usual case, checked at C speed)."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        for chunk, final in _chunks(handle):
            decoder.decode(chunk, final=final)
    except UnicodeDecodeError:
        return False
    return True


def _utf8_counts(handle) -> tuple[int, int]:
    """(bytes that are not UTF-8, characters beyond ASCII that are), streaming through the file."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    bad = good = 0
    for chunk, final in _chunks(handle):
        text = decoder.decode(chunk, final=final)
        if not text.isascii():
            wrong = len(BAD.findall(text))
            bad += wrong
            good += len(NON_ASCII.findall(text)) - wrong
    return bad, good


def _chunks(handle, size: int = 1 << 20):
    chunk = handle.read(size)
    while chunk:
        following = handle.read(size)
        yield chunk, not following
        chunk = following


def display_name(encoding: str) -> str:
    """How a person calls ``encoding`` (UTF-8, Windows-1252)."""
    name = codecs.lookup(encoding).name
    return NAMES.get(name, name)


def bad_byte(value: Any) -> int | None:
    """The first undecodable byte's value hidden in ``value`` (a string, list or dict), or None."""
    if isinstance(value, str):
        match = BAD.search(value)
        return ord(match.group()) - 0xDC00 if match else None
    if isinstance(value, dict):
        value = list(value.keys()) + list(value.values())
    if isinstance(value, list):
        for item in value:
            if (found := bad_byte(item)) is not None:
                return found
    return None
