"""Progress on stderr: a rich bar with rate and ETA on a terminal, plain log lines otherwise."""
from __future__ import annotations

import io

from postcheck.audit.progress import Progress, estimate_total


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_log_lines_when_not_a_terminal():
    stream = io.StringIO()
    progress = Progress(total=100, interval=0.0, stream=stream)
    progress.advance(40)
    progress.stop()
    line = stream.getvalue().strip()
    assert line.startswith("postcheck audit: 40/100 posts") and "posts/s" in line and "left" in line


def test_rich_bar_with_rate_and_eta_on_a_terminal():
    stream = Terminal()
    progress = Progress(total=100, stream=stream)
    assert progress.bar is not None
    progress.advance(50)
    progress.stop()
    out = stream.getvalue()
    assert "50/100" in out and "posts/s" in out and "ETA" in out


def test_total_is_estimated_from_lines(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "b.csv").write_text("text\nc\n", encoding="utf-8")
    assert estimate_total([tmp_path / "a.jsonl", tmp_path / "b.csv"]) == 3
    assert estimate_total([tmp_path]) is None
