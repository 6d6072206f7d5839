"""The speed benchmarks run as scripts from the checkout, outside the package, with one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str, *args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / name), *map(str, args)], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


@pytest.mark.parametrize("name", ["speed.py", "pii_speed.py", "hostile_inputs.py"])
def test_each_script_runs_from_any_folder(name, tmp_path):
    result = _script(name, "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout


def test_speed_reports_unreadable_posts_in_one_line(tmp_path):
    result = _script("speed.py", "--posts", tmp_path / "missing.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("speed: error: ") and "missing.jsonl" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_pii_speed_reports_an_empty_posts_file_in_one_line(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    result = _script("pii_speed.py", tmp_path / "empty.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"pii_speed: error: {tmp_path / 'empty.jsonl'}: no posts"


def test_speed_refuses_a_count_below_one(tmp_path):
    result = _script("speed.py", "-n", "0", cwd=tmp_path)
    assert result.returncode == 2 and "--count and --batch-size must be positive" in result.stderr


def test_texts_cycle_through_the_posts_given(tmp_path):
    from benchmarks.speed import SAMPLE, load_texts

    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"text": "one"}\n\n"two"\n', encoding="utf-8")
    assert load_texts(posts, 5) == ["one", "two", "one", "two", "one"]
    assert load_texts(None, len(SAMPLE) + 1) == [*SAMPLE, SAMPLE[0]]


def test_speed_measures_ratios_to_one_parse(default_checker):
    from benchmarks.speed import SAMPLE, run_bench

    result = run_bench(default_checker, SAMPLE * 2, batch_size=4, single=4)
    assert result["posts"] == 16 and result["parse_ms_per_post"] > 0
    assert result["ratio_batched_to_parse"] > 1  # the check includes the parse
    assert result["cpu_ratio_batched_to_parse"] > 1  # CPU time of all threads, the parse included
    assert set(result["detectors_ms_per_post"]) == {d.name for d in default_checker.detectors}
    assert result["machine"]["cores"] >= 1


@pytest.mark.slow
def test_speed_prints_json_figures_end_to_end(tmp_path):
    result = _script("speed.py", "-n", "8", "--batch-size", "4", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["posts"] == 8 and figures["machine"]["python"]


@pytest.mark.slow
def test_pii_speed_prints_json_figures_end_to_end(tmp_path):
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(json.dumps({"text": t}) + "\n" for t in ["Call Jane on 07700 900123", "Hello all"]))
    result = _script("pii_speed.py", posts, "--repeats", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["posts"] == 2 and figures["detector_ratio_to_parse"] > 0
