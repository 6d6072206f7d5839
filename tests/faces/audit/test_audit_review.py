"""The review workflow end to end: fingerprints, decisions from report.html in Chromium, baseline, --fail-on, eval export."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import FIXTURES
from postcheck.cli import app

CONFIG = FIXTURES / "audit_council.toml"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
JANE = "@CllrJaneJones"
POSTS = [
    {"id": "leak0", "author": JANE, "text": "Between you and me, the Part 2 report on Project Falcon is grim.",
     "created_at": "2025-01-10T10:30:00+00:00"},
    {"id": "officer1", "author": JANE, "text": "The planning officer Sarah Brown is useless and should be sacked for this report.",
     "created_at": "2025-03-02T10:30:00+00:00"},
    {"id": "ok1", "author": JANE, "text": "Ward surgery this Saturday at Hollin Library, 10am.",
     "created_at": "2025-03-03T10:30:00+00:00"},
]
NEW = {"id": "late1", "author": JANE, "text": "Date night with my husband, first in months!",
       "created_at": "2025-05-02T23:45:00+00:00"}


def cli(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def write(path: Path, posts: list[dict]) -> Path:
    path.write_text("".join(json.dumps(p) + "\n" for p in posts), encoding="utf-8")
    return path


def csv_rows(out: Path) -> list[dict]:
    with (out / "findings.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("review")
    result = cli("audit", write(base / "posts.jsonl", POSTS), "--out", base / "out", "--config", CONFIG)
    assert result.exit_code == 0, result.output
    shutil.copy(base / "out" / "findings.csv", base / "baseline.csv")
    return base


def test_fingerprints_are_stable_across_runs_and_positions(first_run, tmp_path):
    rows = csv_rows(first_run / "out")
    prints = {(r["post_id"], r["rule"]): r["fingerprint"] for r in rows if r["level"] == "post"}
    assert prints and all(len(f) == 20 for f in prints.values())
    # another folder, the posts in another order after a new one: the same fingerprints
    result = cli("audit", write(tmp_path / "p.jsonl", [NEW] + POSTS[::-1]), "--out", tmp_path / "out", "--config", CONFIG)
    assert result.exit_code == 0, result.output
    again = {(r["post_id"], r["rule"]): r["fingerprint"] for r in csv_rows(tmp_path / "out") if r["level"] == "post"}
    assert {k: again[k] for k in prints} == prints


def reload_until_shown(page, selector: str, tries: int = 20):
    """Reload until `selector` is on the page: the browser commits local storage a moment after the page
    writes it, so a reload made at once on a loaded machine can read the store before the write lands.
    Decisions that never land still fail after `tries` reloads."""
    for _ in range(tries):
        page.reload()
        if page.locator(selector).count():
            break
        page.wait_for_timeout(250)
    return page.locator(selector)


@pytest.mark.slow
def test_decisions_made_in_the_report_are_imported_by_the_cli(first_run, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed (Debian: chromium)")
    out = first_run / "out"
    rows = csv_rows(out)
    officer = next(r for r in rows if r["post_id"] == "officer1")
    leak = next(r for r in rows if r["post_id"] == "leak0" and r["rule"] == "confidentiality.disclosure")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(accept_downloads=True)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto((out / "report.html").as_uri())
            page.click(f".decide[data-fingerprint='{officer['fingerprint']}'] button[data-decision='false-alarm']")
            page.click(f".decide[data-fingerprint='{leak['fingerprint']}'] button[data-decision='reviewed']")
            page.click(f".decide[data-fingerprint='{leak['fingerprint']}'] button[data-decision='actioned']")  # changes it
            pressed = page.locator(f".decide[data-fingerprint='{leak['fingerprint']}'] button[aria-pressed=true]")
            assert pressed.count() == 1 and pressed.get_attribute("data-decision") == "actioned"
            assert page.locator("#decided").inner_text() == "2"
            # a closed or reloaded tab keeps the decisions not yet exported (waiting on the last one written)
            reload_until_shown(page, f".decide[data-fingerprint='{leak['fingerprint']}'] button[aria-pressed=true]")
            pressed = page.locator(f".decide[data-fingerprint='{officer['fingerprint']}'] button[aria-pressed=true]")
            assert pressed.get_attribute("data-decision") == "false-alarm"
            assert page.locator("#decided").inner_text() == "2"
            with page.expect_download() as download_info:
                page.click("#export-decisions")
            download = download_info.value
            assert download.suggested_filename == "postcheck-decisions.json"
            exported = tmp_path / "decisions.json"
            download.save_as(exported)
            assert errors == []
        finally:
            browser.close()
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "postcheck-decisions" and data["version"] == 1
    assert {(d["fingerprint"], d["decision"]) for d in data["decisions"]} == {
        (officer["fingerprint"], "false-alarm"), (leak["fingerprint"], "actioned")}

    result = cli("audit", "decisions", "import", exported, "--out", out)
    assert result.exit_code == 0, result.output
    assert "2 decision(s) imported (1 false-alarm, 1 actioned)" in result.output
    # the next run shows them: in findings.csv and pressed in the report
    result = cli("audit", first_run / "posts.jsonl", "--out", out, "--config", CONFIG)
    assert result.exit_code == 0, result.output
    decided = {r["fingerprint"]: r["decision"] for r in csv_rows(out)}
    assert decided[officer["fingerprint"]] == "false-alarm" and decided[leak["fingerprint"]] == "actioned"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert f"data-fingerprint='{officer['fingerprint']}' data-rule='officers.impartiality' data-post-id='officer1' " \
           f"data-decision='false-alarm'" in html

    # the labelled posts run through postcheck eval: the false alarm is a false positive, the actioned one a hit
    labelled = tmp_path / "labelled.jsonl"
    result = cli("audit", "decisions", "export-eval", labelled, "--out", out)
    assert result.exit_code == 0, result.output
    posts = {p["id"]: p for p in map(json.loads, labelled.read_text(encoding="utf-8").splitlines())}
    assert set(posts) == {"officer1", "leak0"}
    assert posts["officer1"]["expect"] == {"rules": [], "allowed": [], "verdict": "ok"}
    assert "confidentiality.disclosure" in posts["leak0"]["expect"]["rules"]
    result = cli("eval", labelled, "--config", CONFIG, "--format", "json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["rules"]
    assert scores["officers.impartiality"]["fp"] == 1 and scores["confidentiality.disclosure"]["tp"] == 1


def test_mark_from_the_cli_and_its_errors(first_run):
    out = first_run / "out"
    row = next(r for r in csv_rows(out) if r["level"] == "account" or r["post_id"] == "leak0")
    result = cli("audit", "mark", row["fingerprint"], "--as", "reviewed", "--note", "seen at the May meeting", "--out", out)
    assert result.exit_code == 0 and "1 finding(s) marked reviewed" in result.output
    result = cli("audit", "mark", "0" * 20, "--as", "reviewed", "--out", out)
    assert result.exit_code == 2 and "no finding with fingerprint 00000000000000000000" in result.output
    result = cli("audit", "mark", "not-a-fingerprint", "--as", "reviewed", "--out", out)
    assert result.exit_code == 2 and "is not a finding fingerprint" in result.output
    result = cli("audit", "mark", row["fingerprint"], "--as", "ignored", "--out", out)
    assert result.exit_code == 2
    result = cli("audit", "mark", row["fingerprint"], "--as", "reviewed", "--out", first_run / "nowhere")
    assert result.exit_code == 2 and "no audit results here" in result.output


def test_a_malformed_decisions_file_is_a_one_line_error(first_run, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "postcheck-decisions", "version": 1,
                               "decisions": [{"fingerprint": "zz", "decision": "reviewed"}]}), encoding="utf-8")
    result = cli("audit", "decisions", "import", bad, "--out", first_run / "out")
    assert result.exit_code == 2 and "not a postcheck decisions file (decisions.0.fingerprint" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_baseline_shows_only_new_findings_and_fail_on_sets_the_exit_code(first_run, tmp_path):
    posts = write(tmp_path / "posts.jsonl", POSTS + [NEW])
    out = tmp_path / "out"
    result = cli("audit", posts, "--out", out, "--config", CONFIG, "--fail-on", "review")
    assert result.exit_code == 1, result.output  # confidentiality (block) is there: at or above review
    result = cli("audit", posts, "--out", out, "--config", CONFIG, "--baseline", first_run / "baseline.csv",
                 "--fail-on", "review")
    assert result.exit_code == 0, result.output  # the only new finding is advice
    assert "2 new findings (not in the baseline, not decided on)" in result.output
    rows = csv_rows(out)
    new = [(r["post_id"], r["rule"]) for r in rows if r["new"] == "yes"]
    assert new == [("late1", "haste.pause-before-posting"), ("", "capacity.mixed-account")]  # the post makes the account mixed
    assert len(rows) > len(new) and {r["new"] for r in rows} == {"yes", "no"}  # all listed: the next run's baseline
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "data-post-id='late1'" in html and "data-post-id='leak0'" not in html and "Showing new findings only" in html
    result = cli("audit", posts, "--out", out, "--config", CONFIG, "--baseline", first_run / "baseline.csv",
                 "--fail-on", "advice")
    assert result.exit_code == 1
    # this run's folder is the next run's baseline: nothing new since
    result = cli("audit", posts, "--out", out, "--config", CONFIG, "--baseline", out, "--fail-on", "advice")
    assert result.exit_code == 0 and "; 0 new findings" in result.output
    result = cli("audit", posts, "--out", out, "--config", CONFIG, "--baseline", tmp_path / "missing.csv")
    assert result.exit_code == 2 and "baseline not found" in result.output


def test_decisions_apply_to_the_last_run_whatever_its_version(first_run, tmp_path, monkeypatch):
    """Stored results may be keyed by more than the package version (e.g. rule settings): mark still finds them."""
    from postcheck.audit import app as audit_app

    monkeypatch.setattr(audit_app, "__version__", "0.0.0+rules.abc")
    out = tmp_path / "out"
    result = cli("audit", first_run / "posts.jsonl", "--out", out, "--config", CONFIG)
    assert result.exit_code == 0, result.output
    row = next(r for r in csv_rows(out) if r["post_id"] == "leak0")
    result = cli("audit", "mark", row["fingerprint"], "--as", "actioned", "--out", out)
    assert result.exit_code == 0 and "1 finding(s) marked actioned" in result.output
