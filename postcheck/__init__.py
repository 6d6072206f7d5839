"""postcheck: check a councillor's social-media post against the code of conduct.

    from postcheck import Checker
    Checker("postcheck.toml").check("draft post").verdict
"""
import os

# onnxruntime (the embedded toxicity model) sends usage telemetry unless told not to, and only
# this variable, read when it loads, stops it: set it before anything can import onnxruntime.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

__version__ = "0.2.0"

from .checker import Checker  # noqa: E402
from .config import Config, ConfigError, load_config  # noqa: E402
from .errors import PostcheckError  # noqa: E402
from .post import Post, PostError  # noqa: E402
from .report import Finding, Report  # noqa: E402

__all__ = ["Checker", "Config", "ConfigError", "Finding", "Post", "PostError", "PostcheckError", "Report", "load_config", "__version__"]
