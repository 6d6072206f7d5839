"""What an audit writes is safe to open: no spreadsheet formulas from posts, files readable by the owner only."""
from __future__ import annotations

import csv
import json
import stat

import pytest

from helpers import FIXTURES
from postcheck.audit.app import AuditOptions, run

CONFIG = FIXTURES / "audit_council.toml"
HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\") Between you and me, the Part 2 report on Project Falcon is grim.",
           "+1 Between you and me, the Part 2 report on Project Falcon is grim.",
           "-2 Between you and me, the Part 2 report on Project Falcon is grim.",
           "@SUM(1) Between you and me, the Part 2 report on Project Falcon is grim.",
           "\tBetween you and me, the Part 2 report on Project Falcon is grim (tab).",
           "\rBetween you and me, the Part 2 report on Project Falcon is grim (cr)."]


class Quiet:
    def advance(self, n):
        pass

    def log(self, message):
        pass

    def stop(self):
        return 1.0


@pytest.fixture(scope="module")
def audit_out(tmp_path_factory):
    base = tmp_path_factory.mktemp("safe")
    with (base / "posts.jsonl").open("w", encoding="utf-8") as out:
        for n, text in enumerate(HOSTILE):
            out.write(json.dumps({"id": f"=cmd|{n}", "text": text, "author": "=1+1",
                                  "created_at": "2025-05-01T10:00:00+01:00"}) + "\n")
    run(AuditOptions(inputs=[base / "posts.jsonl"], out=base / "out", config=CONFIG, chunk_size=4), progress=Quiet())
    return base / "out"


def test_findings_csv_cells_never_start_a_formula(audit_out):
    with (audit_out / "findings.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    post_rows = [r for r in rows if r["level"] == "post"]
    assert {r["text"][1:] for r in post_rows} == set(HOSTILE)  # every hostile post is there, quoted
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), row
    assert all(r["post_id"].startswith("'=cmd|") and r["account"] == "'=1+1" for r in post_rows)


def test_outputs_are_readable_by_their_owner_only(audit_out):
    names = {p.name for p in audit_out.iterdir()}
    assert {"results.sqlite", "report.html", "findings.csv"} <= names
    for path in audit_out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(audit_out.stat().st_mode) == 0o700


def test_an_existing_world_readable_output_is_tightened(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("report.html", "findings.csv", "results.sqlite"):
        (out / name).touch(mode=0o644)
        (out / name).chmod(0o644)
    (tmp_path / "p.jsonl").write_text(json.dumps({"id": "1", "text": "Ward surgery on Saturday."}) + "\n")
    run(AuditOptions(inputs=[tmp_path / "p.jsonl"], out=out, config=CONFIG), progress=Quiet())
    for name in ("report.html", "findings.csv", "results.sqlite"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name
