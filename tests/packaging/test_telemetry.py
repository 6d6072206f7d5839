"""onnxruntime's telemetry is off unless the user turns it on, from the moment the package loads."""
from __future__ import annotations

import os
import subprocess
import sys

from helpers import ROOT

PROBE = ("import sys, os, postcheck; "
         "print('onnxruntime' in sys.modules, os.environ.get('ORT_DISABLE_TELEMETRY'))")


def probe(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                            cwd=ROOT, env={**clean, "PYTHONPATH": str(ROOT), **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_telemetry_is_disabled_before_onnxruntime_can_load():
    assert probe() == "False 1"


def test_a_users_own_setting_is_kept():
    assert probe(ORT_DISABLE_TELEMETRY="0") == "False 0"
