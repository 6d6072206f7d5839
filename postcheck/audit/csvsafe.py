"""Spreadsheet-safe CSV cells (OWASP CSV injection rule).

Findings come from posts and comments written by the public; a cell that
starts with ``= + - @``, a tab or a carriage return would be run as a formula
when the CSV is opened in Excel or LibreOffice, so it gets a leading ``'``.
"""
from __future__ import annotations

import csv
from typing import Any, Iterable, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """``value`` with a leading ``'`` if it would start a formula; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeDictWriter(csv.DictWriter):
    """``csv.DictWriter`` that neutralises every cell it writes (header included)."""

    def __init__(self, handle: TextIO, fieldnames: Iterable[str], **kwargs: Any):
        super().__init__(handle, list(fieldnames), **kwargs)

    def writerow(self, rowdict):
        return super().writerow({k: neutralise(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts):
        for row in rowdicts:
            self.writerow(row)
