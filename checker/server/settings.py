"""The ``[server]`` table of the council's config, with defaults and checks.

The config loader already checks each key's type; this module adds the
defaults and the checks a type cannot express (a digest is 64 hex digits, a
limit is positive), each a one-line ``ConfigError``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..config import ConfigError

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
ORIGIN = re.compile(r"^(https?|chrome-extension|moz-extension|safari-web-extension)://[^/\s]+$")


@dataclass(frozen=True)
class ServerSettings:
    cors_origins: tuple[str, ...] = ()
    api_keys: tuple[str, ...] = ()  # SHA-256 hex digests of the keys, never the keys
    require_api_key: bool = False
    rate_limit_per_minute: int = 120  # per client address; 0 switches it off
    rate_limit_per_key_per_minute: int = 600  # per API key; 0 switches it off
    max_body_bytes: int = 64 * 1024
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
            if not SHA256_HEX.match(digest):
                raise ConfigError(f"{where}: server.api_keys must hold SHA-256 hex digests (64 hex digits), not keys")
        origins = tuple(o.rstrip("/") for o in values.pop("cors_origins", ()))
        for origin in origins:
            if origin != "*" and not ORIGIN.match(origin):
                raise ConfigError(f"{where}: server.cors_origins: {origin!r} is not an origin such as https://example.gov.uk")
        settings = cls(api_keys=digests, cors_origins=origins, **values)
        for name in ("max_body_bytes", "max_batch", "threads"):
            if getattr(settings, name) < 1:
                raise ConfigError(f"{where}: server.{name} must be at least 1")
        if settings.max_queue < 0:
            raise ConfigError(f"{where}: server.max_queue must be 0 (no queue) or more")
        for name in ("rate_limit_per_minute", "rate_limit_per_key_per_minute"):
            if getattr(settings, name) < 0:
                raise ConfigError(f"{where}: server.{name} must be 0 (off) or more")
        if settings.request_timeout_seconds <= 0:
            raise ConfigError(f"{where}: server.request_timeout_seconds must be more than 0")
        if settings.require_api_key and not digests:
            raise ConfigError(f"{where}: server.require_api_key is true but server.api_keys is empty")
        return settings
