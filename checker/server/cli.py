"""``postcheck serve``: the HTTP API and web page (FastAPI under uvicorn).

FastAPI and uvicorn are imported inside the command, so ``postcheck --help``
works where the ``server`` extra is not installed.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    app.command(name="serve")(serve)
    app.command(name="api-key")(api_key)


def api_key(
    key: Optional[str] = typer.Argument(None, help="An existing key to hash; default: make a new random one.",
                                        show_default=False),
) -> None:
    """Make an API key for the server: the key goes to the client, the digest into \\[server] api_keys."""
    import secrets

    from .security import digest

    if key is None:
        key = secrets.token_urlsafe(32)
        print(f"key:    {key}")
    print(f"digest: {digest(key)}")


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes, each loading the models once."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", show_default=False,
                                          help="Council settings (TOML), including the \\[server] table."),
    log_level: str = typer.Option("info", "--log-level", help="debug, info, warning or error."),
) -> None:
    """Serve the HTTP API (/v1/check, /docs) and the web page for pasting drafts."""
    from ..cli import fail
    from ..config import ConfigError, load_config

    try:
        import uvicorn  # noqa: F401
        import fastapi  # noqa: F401
    except ImportError:
        raise fail("the server needs FastAPI and uvicorn: pip install 'postcheck[server]'") from None
    from .app import CONFIG_ENV
    from .logs import log_config
    from .settings import ServerSettings

    try:
        cfg = load_config(config)
        ServerSettings.from_table(cfg.server, str(cfg.source or "config"))
    except ConfigError as exc:
        raise fail(str(exc)) from None
    if cfg.source is not None:
        os.environ[CONFIG_ENV] = str(Path(cfg.source).resolve())
    import uvicorn

    uvicorn.run(
        "checker.server.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=log_config(log_level),
        access_log=False,
        server_header=False,
        proxy_headers=True,
        timeout_graceful_shutdown=10,
    )
