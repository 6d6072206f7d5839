"""What the server process itself needs of a checker, without the models.

With checks in separate processes (``workers.py``), the server process only
validates posts, serves the rule pack and names the detectors: this object
does those with the config and the rule pack, so the models load once, in the
check processes, and not a second time here.
"""
from __future__ import annotations

from ..config import Config
from ..post import Post


class Front:
    """The config, rule pack and detector classes; ``to_post`` validates as ``Checker.to_post`` does."""

    def __init__(self, config: Config):
        from ..assembly import detector_classes, load_pack

        self.config = config
        self.detectors = detector_classes(config)  # classes: each has the ``name`` the checker's instances have
        self.rule_pack = load_pack(config)  # as the check processes judge: the council's [rules] applied

    def to_post(self, item) -> Post:
        from ..checker import Checker

        return Checker.to_post(self, item)  # type: ignore[arg-type]  # needs only self.config
