"""``postcheck serve``: the HTTP API and web page (FastAPI under uvicorn); ``postcheck api-key``.

FastAPI and uvicorn are imported inside the command, so ``postcheck --help``
works where the ``server`` extra is not installed.
"""
from __future__ import annotations

import ipaddress
import os
import sys
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    app.command(name="serve")(serve)
    app.command(name="api-key")(api_key)


def api_key(
    on_command_line: Optional[str] = typer.Argument(None, hidden=True, show_default=False),
    from_file: Optional[Path] = typer.Option(None, "--from-file", show_default=False,
                                             help="Hash the key held in this file (- for stdin)."),
    from_env: Optional[str] = typer.Option(None, "--from-env", metavar="VARIABLE", show_default=False,
                                           help="Hash the key held in this environment variable."),
) -> None:
    """Make an API key for the server: the key goes to the client, its salted hash into \\[server] api_keys.

    An existing key is read from a file or the environment, never from the command line
    (where other users and the shell history could see it).
    """
    import secrets

    from ..cli_support import fail
    from .security import digest

    if on_command_line is not None:
        raise fail("a key on the command line is visible to other users and kept in shell history; "
                   "pass it with --from-file PATH (- for stdin) or --from-env VARIABLE")
    if from_file is not None and from_env is not None:
        raise fail("give --from-file or --from-env, not both")
    if from_file is not None:
        try:
            key = sys.stdin.readline() if str(from_file) == "-" else from_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise fail(f"{from_file}: cannot read ({exc.strerror})") from None
        key = key.strip()
    elif from_env is not None:
        key = os.environ.get(from_env, "").strip()
        if not key:
            raise fail(f"the environment variable {from_env} is not set")
    else:
        key = secrets.token_urlsafe(32)
        print(f"key:    {key}")
    if not key:
        raise fail("the key is empty")
    print(f"digest: {digest(key)}")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes, each loading the models once."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", show_default=False,
                                          help="Council settings (TOML), including the \\[server] table."),
    log_level: str = typer.Option("info", "--log-level", help="debug, info, warning or error."),
    insecure_no_auth: bool = typer.Option(False, "--insecure-no-auth",
                                          help="Listen beyond this machine without API keys (anyone who can "
                                               "reach the port can use it)."),
) -> None:
    """Serve the HTTP API (/v1/check, /docs) and the web page for pasting drafts."""
    from ..cli_support import fail
    from ..config import ConfigError, load_config

    try:
        import uvicorn  # noqa: F401
        import fastapi  # noqa: F401
    except ImportError:
        raise fail("the server needs FastAPI and uvicorn: reinstall postcheck (pip install --force-reinstall postcheck), which depends on both") from None
    from .app import CONFIG_ENV
    from .logs import log_config
    from .protocol import JsonErrorH11Protocol
    from .settings import ServerSettings

    try:
        cfg = load_config(config)
        settings = ServerSettings.from_table(cfg.server, str(cfg.source or "config"))
    except ConfigError as exc:
        raise fail(str(exc)) from None
    if not is_loopback(host) and not settings.api_keys and not insecure_no_auth:
        raise fail(f"refusing to listen on {host} without API keys: anyone who can reach it could use it. "
                   "Add keys to [server] api_keys (see `postcheck api-key`), listen on 127.0.0.1, "
                   "or pass --insecure-no-auth")
    if cfg.source is not None:
        os.environ[CONFIG_ENV] = str(Path(cfg.source).resolve())
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    print(f"postcheck: serving {cfg.council_name} on http://{shown}:{port}/ (open it in a browser; "
          "checks start once the models have loaded; Ctrl-C stops)", flush=True)
    import uvicorn

    uvicorn.run(
        "postcheck.server.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=log_config(log_level),
        access_log=False,
        server_header=False,
        proxy_headers=False,  # X-Forwarded-For is believed only from [server] trusted_proxies (the app does it)
        http=JsonErrorH11Protocol,
        timeout_graceful_shutdown=10,
    )
