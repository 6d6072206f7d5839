"""Resume by post id and text, wherever a post sits; edits replace old results; reused ids are reported."""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from helpers import FIXTURES
from postcheck.audit.app import AuditOptions, run, summary_line

CONFIG = FIXTURES / "audit_council.toml"
LEAK = "Between you and me, the Part 2 report on Project Falcon is grim."


class Quiet:
    def __init__(self):
        self.logs = []

    def advance(self, n):
        pass

    def log(self, message):
        self.logs.append(message)

    def stop(self):
        return 1.0


def tweets_js(path: Path, tweets: list[tuple[str, str]]) -> None:
    """An X archive's data/tweets.js, newest first as X writes it."""
    items = [{"tweet": {"id_str": i, "full_text": t, "created_at": "Thu May 01 08:30:00 +0000 2025"}} for i, t in tweets]
    path.write_text("window.YTD.tweets.part0 = " + json.dumps(items, indent=2), encoding="utf-8")


def audit(path: Path, out: Path, progress=None):
    return run(AuditOptions(inputs=[path], out=out, config=CONFIG), progress=progress or Quiet())


def stored(out: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(out / "results.sqlite") as db:
        return sorted((r[0], json.loads(r[1])["text"]) for r in db.execute("select post_id, post from audit_results"))


def test_a_newer_post_prepended_does_not_make_old_posts_duplicates(tmp_path):
    archive = tmp_path / "tweets.js"
    tweets_js(archive, [("102", "Ward surgery on Saturday."), ("101", "Thanks to the highways crew.")])
    first = audit(archive, tmp_path / "out")
    assert first.counts.checked_now == 2
    tweets_js(archive, [("103", "Council tax support is open."), ("102", "Ward surgery on Saturday."),
                        ("101", "Thanks to the highways crew.")])
    again = audit(archive, tmp_path / "out")
    c = again.counts
    assert (c.read, c.checked_now, c.checked_before, c.rejected) == (3, 1, 2, 0), c.reject_samples


def test_an_edited_post_replaces_its_old_result(tmp_path):
    path = tmp_path / "p.jsonl"
    out = tmp_path / "out"
    path.write_text(json.dumps({"id": "x1", "text": LEAK}) + "\n", encoding="utf-8")
    audit(path, out)
    assert "confidentiality.disclosure" in (out / "findings.csv").read_text(encoding="utf-8")
    path.write_text(json.dumps({"id": "x1", "text": "Ward surgery on Saturday."}) + "\n", encoding="utf-8")
    audit(path, out)
    assert stored(out) == [("x1", "Ward surgery on Saturday.")]
    with (out / "findings.csv").open(encoding="utf-8") as handle:
        assert [r for r in csv.DictReader(handle) if r["post_id"] == "x1"] == []
    assert "Project Falcon" not in (out / "report.html").read_text(encoding="utf-8")
    # and back to the first text: checked again, and the second text's result goes
    path.write_text(json.dumps({"id": "x1", "text": LEAK}) + "\n", encoding="utf-8")
    summary = audit(path, out)
    assert stored(out) == [("x1", LEAK)] and summary.counts.checked_now == 1


def test_a_reused_id_with_another_text_is_reported_not_silently_doubled(tmp_path):
    path = tmp_path / "p.jsonl"
    out = tmp_path / "out"
    path.write_text(json.dumps({"id": 7, "text": "Ward surgery on Saturday."}) + "\n"
                    + json.dumps({"id": "7", "text": "Thanks to the highways crew."}) + "\n", encoding="utf-8")
    progress = Quiet()
    summary = audit(path, out, progress)
    assert summary.counts.duplicate_ids == 1 and summary.counts.checked == 2
    line = summary_line(summary)
    assert "warning: 1 post(s) reuse an id already read with a different text" in line
    assert "p.jsonl:2: post id '7' was already read at" in line and "p.jsonl:1" in line
    assert any(m.startswith("warning: ") for m in progress.logs)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "class='card warnings'" in html and "post id &#x27;7&#x27; was already read" in html
    # a rerun reports it again (the warning is about the input, not the run)
    assert audit(path, out).counts.duplicate_ids == 1
    assert stored(out) == [("7", "Thanks to the highways crew."), ("7", "Ward surgery on Saturday.")]
    # the input now holds one of the two texts only: the other's result goes, nothing is re-checked
    path.write_text(json.dumps({"id": "7", "text": "Thanks to the highways crew."}) + "\n", encoding="utf-8")
    summary = audit(path, out)
    assert (summary.counts.checked_now, summary.counts.checked_before, summary.counts.duplicate_ids) == (0, 1, 0)
    assert stored(out) == [("7", "Thanks to the highways crew.")]
