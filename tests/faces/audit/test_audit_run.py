"""The audit end to end: JSONL contract, counts, resume after kill -9, exactly-once, version re-check."""
from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import FIXTURES, ROOT
from postcheck import __version__
from postcheck.audit import app as audit_app
from postcheck.audit.app import AuditOptions, run
from postcheck.audit.store import ResultStore, sqlite_url

CONFIG = FIXTURES / "audit_council.toml"
TEMPLATES = [
    "Ward surgery {n} this Saturday at Hollin Library, 10am. Residents welcome.",
    "Between you and me, the Part 2 report on Project Falcon ({n}) is grim.",
    "Thanks to the highways crew for filling pothole number {n} on Brook Lane.",
    "Date night with my husband, first one in {n} months!",
    "Council tax support applications are open for {n} more days. Please share.",
]


def write_posts(path: Path, count: int, *, broken: bool = True) -> list[str]:
    """``count`` valid posts over four accounts, plus malformed lines; returns the valid ids."""
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            author = ("@CllrJaneJones", "@AmirKhanCllr", "@RosaDelgadoLD", "@NadiaOkonjoGreen")[n % 4]
            post = {"id": f"t{n}", "text": TEMPLATES[n % len(TEMPLATES)].format(n=n), "author": author,
                    "created_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T10:00:00+00:00", "account": "councillor"}
            out.write(json.dumps(post) + "\n")
            ids.append(post["id"])
            if broken and n == 3:
                out.write('{"id": "bad-json", "text": \n')
                out.write(json.dumps({"id": "empty", "text": "   "}) + "\n")
                out.write(json.dumps({"id": "bad-date", "text": "hello", "created_at": "yesterday"}) + "\n")
                out.write(json.dumps(post) + "\n")  # the same post twice
    return ids


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    base = tmp_path_factory.mktemp("audit")
    ids = write_posts(base / "posts.jsonl", 40)
    stdout = io.StringIO()
    summary = run(AuditOptions(inputs=[base / "posts.jsonl"], out=base / "out", config=CONFIG, jsonl=stdout, chunk_size=16),
                  progress=_Quiet())
    return base, ids, summary, stdout.getvalue().splitlines()


class _Quiet:
    def __init__(self):
        self.logs = []

    def advance(self, n):
        pass

    def log(self, message):
        self.logs.append(message)

    def stop(self):
        return 1.0


def test_jsonl_contract_one_line_per_post_then_one_per_account(audited):
    _, ids, _, lines = audited
    rows = [json.loads(line) for line in lines]
    posts = [r for r in rows if "account" not in r]
    accounts = [r for r in rows if "account" in r]
    assert [p["id"] for p in posts] == ids
    assert all(p["verdict"] in ("ok", "advice", "review", "block") and isinstance(p["findings"], list) for p in posts)
    assert rows[len(posts):] == accounts  # account lines come after the posts
    assert {a["account"] for a in accounts} == {"@CllrJaneJones", "@AmirKhanCllr", "@RosaDelgadoLD", "@NadiaOkonjoGreen"}
    mixed = [f for a in accounts for f in a["findings"] if f["rule"] == "capacity.mixed-account"]
    assert mixed and all(set(f["posts"]) <= set(ids) and f["clauses"] is not None for f in mixed)
    flagged = [p for p in posts if any(f["rule"] == "confidentiality.disclosure" for f in p["findings"])]
    assert flagged and all(f["spans"] and f["quotes"] for p in flagged for f in p["findings"])


def test_every_post_read_is_checked_or_rejected_with_file_and_line(audited):
    base, ids, summary, _ = audited
    counts = summary.counts
    assert counts.read == len(ids) + 4
    assert (counts.checked, counts.rejected) == (len(ids), 4)
    assert counts.read == counts.checked + counts.rejected
    reasons = counts.reject_samples
    # each reason gives the file and line, then (where the post has an id) the post, then why
    for where, why in (("posts.jsonl:5: ", "not valid JSON"), ("posts.jsonl:6: ", "the post is empty"),
                       ("posts.jsonl:7: ", "'created_at' is not an ISO 8601"), ("posts.jsonl:8: ", "duplicate")):
        assert any(where in reason and why in reason.split(where, 1)[1] for reason in reasons), (where, why)
    assert (base / "out" / "findings.csv").is_file() and (base / "out" / "report.html").is_file()


def test_findings_csv_lists_post_and_account_findings(audited):
    import csv

    base = audited[0]
    with (base / "out" / "findings.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["level"] for r in rows} == {"post", "account"}
    assert any(r["rule"] == "confidentiality.disclosure" and r["clauses"] == "4.1" for r in rows)


def test_rerun_checks_nothing_twice(audited):
    base, ids, _, _ = audited
    summary = run(AuditOptions(inputs=[base / "posts.jsonl"], out=base / "out", config=CONFIG), progress=_Quiet())
    assert (summary.counts.checked_now, summary.counts.checked_before, summary.counts.rejected) == (0, len(ids), 4)


def test_new_checker_version_rechecks_everything(audited, monkeypatch):
    base, ids, _, _ = audited
    monkeypatch.setattr(audit_app, "__version__", __version__ + "+next")
    summary = run(AuditOptions(inputs=[base / "posts.jsonl"], out=base / "out", config=CONFIG), progress=_Quiet())
    assert summary.counts.checked_now == len(ids)
    with sqlite3.connect(base / "out" / "results.sqlite") as db:
        versions = dict(db.execute("select checker_version, count(*) from audit_results group by checker_version"))
    assert versions == {__version__: len(ids), __version__ + "+next": len(ids)}


def test_an_edited_post_is_checked_again(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "Ward surgery on Saturday."}) + "\n", encoding="utf-8")
    run(AuditOptions(inputs=[path], out=tmp_path / "out", config=CONFIG), progress=_Quiet())
    path.write_text(json.dumps({"id": "x1", "text": "Ward surgery on Sunday."}) + "\n", encoding="utf-8")
    summary = run(AuditOptions(inputs=[path], out=tmp_path / "out", config=CONFIG), progress=_Quiet())
    assert summary.counts.checked_now == 1


@pytest.mark.slow
def test_kill_9_then_rerun_gives_every_post_exactly_one_result(tmp_path):
    """A real run in a subprocess, killed with SIGKILL mid-way, then the same command again."""
    ids = write_posts(tmp_path / "posts.jsonl", 300, broken=False)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "postcheck.cli", "audit", str(tmp_path / "posts.jsonl"), "--out", str(out),
               "--config", str(CONFIG), "--chunk-size", "4"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    database = out / "results.sqlite"
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        stored = _count(database)
        if stored >= 12:
            break
        time.sleep(0.05)
    assert process.poll() is None, f"the run ended before it could be killed: {process.stderr.read().decode()[-500:]}"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()
    before = _count(database)
    assert 12 <= before < len(ids)

    from typer.testing import CliRunner
    from postcheck.cli import app

    result = CliRunner().invoke(app, command[3:])
    assert result.exit_code == 0, result.output
    assert f"{len(ids):,} posts read = {len(ids):,} checked" in result.output
    with sqlite3.connect(database) as db:
        rows = db.execute("select post_id from audit_results").fetchall()
    assert sorted(r[0] for r in rows) == sorted(ids)  # none lost, none duplicated


def _count(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("select count(*) from audit_results").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_store_key_is_post_id_text_hash_and_version(tmp_path):
    store = ResultStore(sqlite_url(tmp_path), "1.0")
    from postcheck.audit.store import Result

    first = [Result("a", "h1", "s", 1, "acc", "ok", {"text": "x"}, {"verdict": "ok", "findings": []})]
    assert store.save(first) == {("a", "h1")}
    assert store.save(first) == set()  # insert-or-ignore: never a duplicate
    assert store.done([("a", "h1"), ("a", "h2")]) == {("a", "h1"): ("s", 1)}
    assert ResultStore(sqlite_url(tmp_path), "2.0").done([("a", "h1")]) == {}
