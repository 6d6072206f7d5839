"""Detectors, one module each. Importing a module registers its detector.

Every module in this package is imported (so adding a detector is adding a
file); each module imports its heavy dependencies lazily, inside the
detector's ``__init__``, so that listing signals and validating the rule pack
stays cheap. Detectors run in the order of their ``order`` attribute.
"""
from __future__ import annotations

import pkgutil
from importlib import import_module

from ..config import Config
from .base import REGISTRY, Context, Detector, register


def _import_all() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name != "base" and not module.name.startswith("_"):
            import_module(f"{__name__}.{module.name}")


def load_detectors(config: Config) -> list[type[Detector]]:
    """The detector classes the config enables, in run order."""
    _import_all()
    return sorted((cls for cls in REGISTRY if cls.enabled(config)), key=lambda cls: cls.order)


_import_all()

__all__ = ["REGISTRY", "Context", "Detector", "register", "load_detectors"]
