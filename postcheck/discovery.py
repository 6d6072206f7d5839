"""Which config file applies, found the way Ruff finds its own.

``--config``, else ``POSTCHECK_CONFIG``, else ``postcheck.toml`` in the
current folder or the nearest parent, else the user config folder
(``platformdirs.user_config_dir("postcheck")``). None means the defaults.
"""
from __future__ import annotations

import os
from pathlib import Path

CONFIG_NAME = "postcheck.toml"
ENV_VAR = "POSTCHECK_CONFIG"


def user_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("postcheck")) / CONFIG_NAME


def find_config(explicit: str | Path | None = None, cwd: Path | None = None) -> Path | None:
    """The config file to use, or None when there is none anywhere."""
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env)
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    user = user_config_path()
    return user if user.is_file() else None
