"""The ``[server]`` table of the council's config, with defaults and checks.

The config loader already checks each key's type; this module adds the
defaults and the checks a type cannot express (a stored key is a salted hash,
a limit is positive, a proxy is an address), each a one-line ``ConfigError``.
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..config import ConfigError
from .security import STORED
ORIGIN = re.compile(r"^(https?|chrome-extension|moz-extension|safari-web-extension)://[^/\s]+$")


@dataclass(frozen=True)
class ServerSettings:
    cors_origins: tuple[str, ...] = ()
    api_keys: tuple[str, ...] = ()  # salted hashes of the keys (``postcheck api-key``), never the keys
    require_api_key: bool = False  # kept for old configs: once any key is configured, every /v1 request needs one
    rate_limit_per_minute: int = 120  # per client address; 0 switches it off
    rate_limit_per_key_per_minute: int = 600  # per API key; 0 switches it off
    failed_key_attempts_per_minute: int = 10  # per client address; past it, key attempts get 429
    trusted_proxies: tuple[str, ...] = ()  # addresses whose X-Forwarded-For is believed; none by default
    max_body_bytes: int | None = None  # None: sized from the longest post allowed (see body_limits)
    max_batch: int = 50
    request_timeout_seconds: float = 10.0
    log_post_text: bool = False
    threads: int = 1  # checks run at once in this process (spaCy holds the GIL most of the time)
    max_queue: int = 16  # checks waiting for a thread before the server answers 503
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_table(cls, table: Mapping[str, Any], where: str = "config") -> "ServerSettings":
        values = dict(table)
        digests = tuple(d.lower() for d in values.pop("api_keys", ()))
        for digest in digests:
            if not STORED.match(digest):
                raise ConfigError(f"{where}: server.api_keys must hold hashed keys as `postcheck api-key` prints them "
                                  "(scrypt$..., or an older 64-hex SHA-256 digest), not keys")
        proxies = tuple(values.pop("trusted_proxies", ()))
        for proxy in proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise ConfigError(f"{where}: server.trusted_proxies: {proxy!r} is not an IP address or network") from None
        origins = tuple(o.rstrip("/") for o in values.pop("cors_origins", ()))
        for origin in origins:
            if origin != "*" and not ORIGIN.match(origin):
                raise ConfigError(f"{where}: server.cors_origins: {origin!r} is not an origin such as https://example.gov.uk")
        settings = cls(api_keys=digests, cors_origins=origins, trusted_proxies=proxies, **values)
        if settings.max_body_bytes is not None and settings.max_body_bytes < 1:
            raise ConfigError(f"{where}: server.max_body_bytes must be at least 1")
        for name in ("max_batch", "threads"):
            if getattr(settings, name) < 1:
                raise ConfigError(f"{where}: server.{name} must be at least 1")
        if settings.max_queue < 0:
            raise ConfigError(f"{where}: server.max_queue must be 0 (no queue) or more")
        for name in ("rate_limit_per_minute", "rate_limit_per_key_per_minute", "failed_key_attempts_per_minute"):
            if getattr(settings, name) < 0:
                raise ConfigError(f"{where}: server.{name} must be 0 (off) or more")
        if settings.request_timeout_seconds <= 0:
            raise ConfigError(f"{where}: server.request_timeout_seconds must be more than 0")
        if settings.require_api_key and not digests:
            raise ConfigError(f"{where}: server.require_api_key is true but server.api_keys is empty")
        return settings

    def body_limits(self, max_chars: int) -> tuple[int, int]:
        """Byte limits for one post and for a batch, sized in characters of the post.

        One character can take 12 bytes of JSON (an emoji written as a
        ``\\ud83d\\ude00`` pair), so a post of ``max_chars`` characters of
        anything fits in 12 bytes each, plus 64 KiB for the other fields; a
        batch may hold ``max_batch`` such posts. ``max_body_bytes``, when set,
        is the limit for both.
        """
        if self.max_body_bytes is not None:
            return self.max_body_bytes, self.max_body_bytes
        one = 12 * max_chars + 64 * 1024
        return one, one * self.max_batch
