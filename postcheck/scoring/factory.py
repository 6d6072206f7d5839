"""Build the toxicity scorer the config asks for (``[toxicity] backend``).

``embedded`` (the default) is the offline model shipped in ``postcheck/data/models/embedded``;
``detoxify`` loads a Detoxify model (named, or a local checkpoint); ``none``
switches model scoring off. A model that cannot be loaded is a one-line
:class:`ToxicityModelError`, never a traceback.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import PostcheckError
from .base import Scorer

if TYPE_CHECKING:
    from ..config import Config

BACKENDS = ("embedded", "detoxify", "none")
DEFAULT_BACKEND = "embedded"


class ToxicityModelError(PostcheckError, RuntimeError, code="model"):
    """The configured toxicity model cannot be loaded; the message is one line for the user."""


def backend_name(config: "Config") -> str:
    return (config.toxicity or {}).get("backend", DEFAULT_BACKEND)


def make_scorer(config: "Config") -> Scorer | None:
    """The scorer for ``config``, or ``None`` when ``backend = "none"``."""
    settings = config.toxicity or {}
    backend = backend_name(config)
    if backend == "none":
        return None
    if backend == "embedded":
        return _embedded(settings)
    if backend == "detoxify":
        return _detoxify(settings)
    raise ToxicityModelError(f'toxicity.backend must be one of {", ".join(BACKENDS)}, not {backend!r}')


def _embedded(settings: dict) -> Scorer:
    try:
        from .embedded import EmbeddedScorer
    except ImportError as exc:
        raise ToxicityModelError(
            f"the embedded toxicity model needs onnxruntime and tokenizers ({exc.name} is not installed)"
        ) from None
    try:
        return EmbeddedScorer(model_dir=settings.get("model_dir"))
    except FileNotFoundError as exc:
        raise ToxicityModelError(_first_line(exc) + ' (or set [toxicity] backend = "none")') from None
    except Exception as exc:  # onnxruntime raises its own error types for a bad file
        raise ToxicityModelError(f"cannot load the embedded toxicity model: {_first_line(exc)}") from None


def _detoxify(settings: dict) -> Scorer:
    try:
        from .detoxify_backend import DetoxifyScorer, ScorerUnavailable
    except ImportError as exc:
        raise ToxicityModelError(f"the detoxify backend cannot be imported ({_first_line(exc)})") from None
    kwargs = {key: settings[key] for key in ("model_name", "checkpoint", "huggingface_config_path") if key in settings}
    try:
        return DetoxifyScorer(**kwargs)
    except ScorerUnavailable as exc:
        raise ToxicityModelError(_first_line(exc)) from None
    except Exception as exc:
        raise ToxicityModelError(f"cannot load the Detoxify model: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return next((line.strip() for line in text.splitlines() if line.strip()), type(exc).__name__)
