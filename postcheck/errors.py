"""One base for the errors postcheck raises on purpose: ``PostcheckError``.

Every such error's message is one line meant for the person using the tool,
so a face can catch the base alone: the command lines print the message,
the HTTP API answers with it. ``code`` names the kind of error, short and
stable, for callers that branch on it rather than on class names or
messages. A subclass gives its code in its class line::

    class ConfigError(PostcheckError, ValueError, code="config"):

and keeps a built-in second base, so ``except ValueError`` still catches it.
This module imports nothing, so any module of the package can use it.
"""
from __future__ import annotations


class PostcheckError(Exception):
    """An error meant for the user: one line, no traceback; ``code`` says which kind."""

    code: str = "error"

    def __init_subclass__(cls, code: str | None = None, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if code is not None:
            cls.code = code
