"""The closing summary: plain English for one post, and a rate that counts checking, not model loading."""
from __future__ import annotations

import io
import json
import time

from helpers import FIXTURES
from postcheck.audit import progress as progress_module
from postcheck.audit import runner
from postcheck.audit.app import AuditOptions, run, summary_line

CONFIG = FIXTURES / "audit_council.toml"


def test_one_post_reads_as_one_post(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "1", "text": "Ward surgery on Saturday."}) + "\n", encoding="utf-8")
    summary = run(AuditOptions(inputs=[path], out=tmp_path / "out", config=CONFIG),
                  progress=progress_module.Progress(None, stream=io.StringIO()))
    assert summary_line(summary).startswith("postcheck audit: 1 post read = 1 checked (1 this run, 0 earlier)")


def test_the_clock_starts_once_the_models_are_loaded(tmp_path, monkeypatch):
    ready: list[float] = []
    started: list[float] = []
    original_init = runner.LocalEngine.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        ready.append(time.monotonic())

    class Recorded(progress_module.Progress):
        def __init__(self, total, **kwargs):
            super().__init__(total, stream=io.StringIO())
            started.append(self.start)

    monkeypatch.setattr(runner.LocalEngine, "__init__", init)
    monkeypatch.setattr(progress_module, "Progress", Recorded)
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "1", "text": "Ward surgery on Saturday."}) + "\n", encoding="utf-8")
    run(AuditOptions(inputs=[path], out=tmp_path / "out", config=CONFIG))
    assert ready and started and started[0] >= ready[0]
