"""API keys: stored salted and stretched (scrypt), compared in constant time.

A stored key is ``scrypt$<salt hex>$<hash hex>``; a bare 64-hex SHA-256
digest (the earlier form) is still accepted, so existing configs keep
working. Verifying scrypt costs tens of milliseconds, so a key once verified
is remembered (by a keyed digest that never leaves memory) and later requests
with it cost a dictionary look-up; failed attempts are rate-limited per
address by the server.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading

SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1, "dklen": 32}
STORED = re.compile(r"^(?:scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}|[0-9a-f]{64})$")
_REMEMBER = 1024


def digest(key: str, salt: bytes | None = None) -> str:
    """The value to put in ``[server] api_keys`` for ``key``: salted scrypt."""
    salt = secrets.token_bytes(16) if salt is None else salt
    hashed = hashlib.scrypt(key.encode("utf-8"), salt=salt, **SCRYPT)
    return f"scrypt${salt.hex()}${hashed.hex()}"


def _matches(key: str, stored: str) -> bool:
    if stored.startswith("scrypt$"):
        _, salt, expected = stored.split("$")
        return hmac.compare_digest(digest(key, bytes.fromhex(salt)), stored)
    return hmac.compare_digest(hashlib.sha256(key.encode("utf-8")).hexdigest(), stored)


class KeyChecker:
    """Which stored key a presented key matches; remembers keys already verified."""

    def __init__(self, stored: tuple[str, ...]):
        self.stored = stored
        self._pepper = secrets.token_bytes(32)
        self._known: dict[bytes, str] = {}
        self._lock = threading.Lock()

    def _tag(self, key: str) -> bytes:
        return hmac.digest(self._pepper, key.encode("utf-8"), "sha256")

    def remembered(self, key: str) -> str | None:
        """The stored key ``key`` matched before, if any: no hashing cost."""
        return self._known.get(self._tag(key))

    def match(self, key: str) -> str | None:
        """The stored key ``key`` matches, else None (every stored key is tried: timing says nothing)."""
        tag = self._tag(key)
        known = self._known.get(tag)
        if known is not None:
            return known
        found = None
        for stored in self.stored:
            if _matches(key, stored):
                found = stored
        if found is not None:
            with self._lock:
                if len(self._known) >= _REMEMBER:
                    self._known.clear()
                self._known[tag] = found
        return found


def match_key(key: str, stored: tuple[str, ...]) -> str | None:
    """The stored key ``key`` matches, else None."""
    return KeyChecker(stored).match(key)


def key_label(stored: str) -> str:
    """A short, non-secret name for a key in logs: the start of its hash."""
    return stored.rsplit("$", 1)[-1][:12]
