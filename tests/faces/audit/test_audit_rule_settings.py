"""An audit names its council and config, and honours (and re-checks on) the council's rule settings."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from helpers import FIXTURES
from postcheck.audit.app import AuditOptions, run, summary_line

CONFIG = FIXTURES / "audit_council.toml"
POSTS = [
    {"id": "p1", "author": "@CllrA", "text": "Between you and me, the Part 2 report on Project Falcon is grim."},
    {"id": "p2", "author": "@CllrA", "text": "Had a few drinks tonight, so here goes: the depot plan is rubbish."},
    {"id": "p3", "author": "@CllrB", "text": "Ward surgery this Saturday at Hollin Library, 10am."},
]


class Quiet:
    def advance(self, n):
        pass

    def log(self, message):
        pass

    def stop(self):
        return 1.0


def rules_in(out: Path) -> set[str]:
    with (out / "findings.csv").open(encoding="utf-8") as handle:
        return {row["rule"] for row in csv.DictReader(handle)}


@pytest.mark.slow
def test_audit_names_its_config_and_rechecks_when_the_rules_change(tmp_path):
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(json.dumps(p) + "\n" for p in POSTS), encoding="utf-8")
    out = tmp_path / "out"
    first = run(AuditOptions(inputs=[posts], out=out, config=CONFIG), progress=Quiet())
    html = (out / "report.html").read_text(encoding="utf-8")
    assert str(CONFIG.resolve()) in html and str(CONFIG.resolve()) in summary_line(first)
    assert {"confidentiality.disclosure", "haste.pause-before-posting"} <= rules_in(out)

    only_haste = run(AuditOptions(inputs=[posts], out=out, config=CONFIG, select="haste"), progress=Quiet())
    assert only_haste.counts.checked_now == len(POSTS)  # stored results were for other settings
    assert rules_in(out) == {"haste.pause-before-posting"}

    again = run(AuditOptions(inputs=[posts], out=out, config=CONFIG, select="haste"), progress=Quiet())
    assert again.counts.checked_now == 0 and again.counts.checked_before == len(POSTS)
