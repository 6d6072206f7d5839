"""How every postcheck command line reports a user error: one line on stderr, exit status 2.

The main CLI and the commands it gathers (serve, audit, eval-pii, models)
all use ``fail``, so none of them imports another to report an error. The
message is made safe for the terminal (``terminal.safe``) and folded onto
one line; it is never read as Rich markup.
"""
from __future__ import annotations

import typer
from rich.console import Console

from .terminal import safe

stderr = Console(stderr=True)


def fail(message: str) -> typer.Exit:
    """Print ``postcheck: error: MESSAGE`` and return the exit to raise: ``raise fail(...) from None``."""
    message = safe(" ".join(message.split()))
    stderr.print("postcheck: error: " + message, highlight=False, markup=False, soft_wrap=True, style="bold red")
    return typer.Exit(2)


def note(message: str) -> None:
    """Print ``postcheck: note: MESSAGE`` on stderr: a hint that does not stop the command."""
    message = safe(" ".join(message.split()))
    stderr.print("postcheck: note: " + message, highlight=False, markup=False, soft_wrap=True, style="yellow")
