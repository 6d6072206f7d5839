"""API keys: stored as SHA-256 hex digests, compared in constant time."""
from __future__ import annotations

import hashlib
import hmac


def digest(key: str) -> str:
    """The SHA-256 hex digest to put in ``[server] api_keys`` for ``key``."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def match_key(key: str, digests: tuple[str, ...]) -> str | None:
    """The stored digest ``key`` matches, else None; every digest is compared so timing says nothing."""
    candidate = digest(key)
    found = None
    for stored in digests:
        if hmac.compare_digest(candidate, stored):
            found = stored
    return found


def key_label(stored_digest: str) -> str:
    """A short, non-secret name for a key in logs: the start of its digest."""
    return stored_digest[:12]
