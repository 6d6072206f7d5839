"""Audit outputs hold personal data, so they are created readable by their owner only (0600)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> None:
    """Make the output folder (owner only when we create it; an existing folder is left as it is)."""
    if not path.exists():
        path.mkdir(parents=True, mode=DIR_MODE)
    else:
        path.mkdir(parents=True, exist_ok=True)


def private_open(path: Path, mode: str = "w", **kwargs) -> IO:
    """``open(path, mode)`` for writing, the file created or reset to mode 0600 before anything is written."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.chmod(path, FILE_MODE)  # an existing file keeps its old mode through O_CREAT
    return os.fdopen(fd, mode, **kwargs)


def private_touch(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it is missing (a database file, before SQLite opens it), else tighten it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)
