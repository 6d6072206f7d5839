"""The report contract of ARCHITECTURE.md, through the Python API and the CLI."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from postcheck import Checker, Post, PostError

POSITIVE = "Between you and me, the Part 2 papers say Project Falcon is signed."


def test_report_has_the_contract_fields(checker):
    report = checker.check(POSITIVE).to_dict()
    assert report["verdict"] == "block"
    finding = report["findings"][0]
    for key, kind in (("rule", str), ("severity", str), ("spans", list), ("clauses", list), ("golden_rules", list),
                      ("explanation", str), ("suggestion", str), ("evidence", dict)):
        assert isinstance(finding[key], kind), key
    assert finding["rule"] == "confidentiality.disclosure"
    assert finding["clauses"] == ["4.1"]
    assert "GR-DONT-5" in finding["golden_rules"]
    for start, end in finding["spans"]:
        assert 0 <= start < end <= len(POSITIVE)
    quoted = {POSITIVE[s:e] for s, e in finding["spans"]}
    assert {"Between you and me", "Part 2 papers", "Project Falcon"} <= quoted
    # the clause text itself travels with the finding, quoted from the code
    assert any(q["id"] == "4.1" and "given to me in confidence by anyone" in q["text"] for q in finding["quotes"])
    # why it fired: the register entry is named
    assert any(s.get("entry") == "Project Falcon" for s in finding["evidence"]["signals"])


def test_verdict_is_the_highest_severity(checker):
    report = checker.check("Between you and me, the depot sale is done.")
    assert report.verdict == "review"
    assert checker.check("Lovely sunny morning for the park run.").verdict == "ok"


def test_check_many_streams_in_order_and_matches_check(checker):
    texts = [POSITIVE, "Nice weather today.", "I will vote against 25/04410/FUL whatever the officers say."] * 3
    reports = list(checker.check_many(texts, batch_size=2))
    assert [r.verdict for r in reports] == [checker.check(t).verdict for t in texts]
    assert [r.verdict for r in reports[:3]] == ["block", "ok", "block"]


def test_check_accepts_contract_dicts_and_posts(checker):
    report = checker.check({"id": "p1", "text": POSITIVE, "account": "councillor", "kind": "post"})
    assert report.id == "p1" and report.to_dict()["id"] == "p1"
    assert checker.check(Post(text=POSITIVE)).verdict == "block"


@pytest.mark.parametrize("bad, message", [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ({"text": 5}, "'text'"),
    ({"id": "x"}, "'text'"),
    ({"text": "hi", "account": "alien"}, "'account'"),
    ({"text": "hi", "created_at": "yesterday"}, "created_at"),
    ("x" * 20_001, "limit"),
    ("bad \ud800 surrogate", "Unicode"),
])
def test_bad_posts_raise_a_clear_post_error(checker, bad, message):
    with pytest.raises(PostError, match=message):
        checker.check(bad)


class Result:
    def __init__(self, returncode: int, stdout: bytes, stderr: bytes):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_cli(*args, input=None):
    """Run the CLI in-process (fast; the models stay loaded between calls)."""
    from typer.testing import CliRunner

    from postcheck.cli import app

    result = CliRunner().invoke(app, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Result(result.exit_code, result.stdout_bytes, result.stderr_bytes or b"")


def run_process(*args, input=None):
    """Run the installed CLI as a real process, as a user would."""
    return subprocess.run([sys.executable, "-m", "postcheck.cli", *args], input=input, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def cfg(fixture_config):
    return str(fixture_config)


@pytest.mark.slow
def test_cli_json_output_is_the_contract(cfg):
    result = run_process("check", "--format", "json", "-c", cfg, POSITIVE)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"] == "block"
    assert data["findings"][0]["rule"] == "confidentiality.disclosure"


def test_cli_exit_status_follows_fail_on(cfg):
    review_post = "Between you and me, the depot sale is done."
    assert run_cli("check", "-c", cfg, "Nice weather today.").returncode == 0
    assert run_cli("check", "-c", cfg, review_post).returncode == 1
    assert run_cli("check", "-c", cfg, "--fail-on", "block", review_post).returncode == 0
    assert run_cli("check", "-c", cfg, "--fail-on", "advice", review_post).returncode == 1


@pytest.mark.slow
def test_cli_reads_stdin_and_files(cfg, tmp_path):
    assert json.loads(run_process("check", "--format", "json", "-c", cfg, "-", input=POSITIVE.encode()).stdout)["verdict"] == "block"
    draft = tmp_path / "draft.txt"
    draft.write_text(POSITIVE, encoding="utf-8")
    assert json.loads(run_cli("check", "--format", "json", "-c", cfg, "--file", str(draft)).stdout)["verdict"] == "block"


def test_cli_text_output_quotes_the_clause_and_suggestion(cfg):
    out = run_cli("check", "-c", cfg, POSITIVE).stdout.decode()
    assert "confidentiality.disclosure" in out
    assert "given to me in confidence by anyone" in out
    assert "Instead:" in out


@pytest.mark.parametrize("args, stdin, message", [
    (["check", "   "], None, "empty"),
    (["check", "--file", "/nonexistent/draft.txt"], None, "file not found"),
    (["check", "x" * 20_001], None, "limit"),
    (["check", "-c", "/nonexistent/postcheck.toml", "hi"], None, "config file not found"),
    (["explain", "no.such-rule"], None, "unknown rule"),
    (["eval", "/nonexistent/posts.jsonl"], None, "file not found"),
])
def test_cli_bad_input_is_one_line_and_exit_2(args, stdin, message):
    result = run_cli(*args, input=stdin)
    if result.returncode != 2:
        result = run_process(*args, input=stdin)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 2


@pytest.mark.slow
def test_cli_invalid_utf8_on_stdin_is_a_clean_error():
    result = run_process("check", "-", input=b"\xff\xfe not utf-8")
    assert result.returncode == 2
    assert "not valid UTF-8" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_cli_rules_lists_every_rule():
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert len(data) == 24
    ids = {r["id"] for r in data}
    assert {"confidentiality.disclosure", "harassment.repeated-target"} <= ids


def test_cli_explain_shows_clauses_and_checked_examples():
    result = run_cli("explain", "predetermination.closed-mind", "--format", "json")
    data = json.loads(result.stdout)
    assert data["golden_rules"][0]["id"] == "SM-3 Bias and Pre-determination"
    checked = data["examples_checked"]
    assert checked and all(checked[e] for e in data["examples"]["raises"])
    assert not any(checked[e] for e in data["examples"]["passes"])


def test_audit_of_a_missing_file_is_one_line_and_exit_2(tmp_path):
    result = run_cli("audit", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out"))
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "missing.jsonl: no such file or directory" in err and "Errno" not in err


@pytest.mark.parametrize("ident, prefix", [("b9-017", "post 'b9-017': "), (42, "post '42': "), (None, ""), ("  ", "")])
def test_a_bad_post_is_named_by_its_id(ident, prefix):
    """In a file of thousands, the reason says which post to fix (where the post has an id)."""
    data = {"text": "Surgery on Saturday.", "account": "council"}
    if ident is not None:
        data["id"] = ident
    with pytest.raises(PostError) as caught:
        Post.from_dict(data)
    assert str(caught.value) == prefix + "'account' must be one of personal, councillor, official"
