"""The CLI as people meet it: version, quiet mode and summary, 80-column tables, explain's wording,
input checked before the models load, and terminal output a post cannot style or hijack."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from helpers import FIXTURES, ROOT
from postcheck import __version__
from postcheck.cli import app

PERSONAL = "Please ring Mrs Ann Smith on 07700 900123 about her housing case."


def run(*args: str, **kwargs):
    return CliRunner().invoke(app, list(args), **kwargs)


def cli(*args: str, columns: int = 80, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": str(columns), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", "from postcheck.cli import main; main()", *args], capture_output=True,
                          text=True, timeout=timeout, env=env, cwd=ROOT)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"postcheck {__version__}"


# --- what a post can do to the terminal --------------------------------------------

def test_rich_markup_in_a_post_is_shown_as_written(monkeypatch):
    text = PERSONAL + " [/bold] closing tag and [link=https://evil.example]click[/link] and [red]red[/red]"
    result = run("check", text)
    assert result.exit_code in (0, 1), result.output  # was 2, "internal error", on [/bold]
    assert "Redacted version" in result.output
    redacted = result.output[result.output.index("Redacted version"):]
    for literal in ("[/bold]", "[link=https://evil.example]click[/link]", "[red]red[/red]"):
        assert literal in " ".join(redacted.replace("│", " ").split()), literal


def test_control_characters_and_escape_sequences_never_reach_the_terminal():
    text = ("Cllr Jones is a lying idiot \x1b[2J\x1b]0;owned\x07 \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ "
            "back\x08\x08\x08\x08 \r overwritten \x9b31m")
    result = run("check", text)
    assert result.exit_code in (0, 1), result.output
    assert not any(ch in result.output for ch in "\x1b\x07\x08\r\x9b")
    assert "␛[2J" in result.output  # shown, visibly, for what it is


def test_error_messages_are_made_safe_too(tmp_path):
    result = run("check", "--file", str(tmp_path / "no\x1b[31mfile.txt"))
    assert result.exit_code == 2 and "\x1b" not in result.output and "not found" in result.output


# --- quiet and summary ---------------------------------------------------------------

def test_quiet_prints_the_verdict_one_line_per_finding_and_the_summary():
    full = run("check", PERSONAL)
    quiet = run("check", "--quiet", PERSONAL)
    assert quiet.exit_code == full.exit_code == 1
    lines = quiet.output.strip().splitlines()
    assert lines[0].startswith("Verdict: ")
    assert lines[-1].startswith("postcheck: ") and "finding" in lines[-1]
    findings = lines[1:-1]
    assert findings and all(line.startswith("data-protection.") or "·" in line for line in findings)
    assert any("07700 900123" in line for line in findings)
    assert len(full.output.splitlines()) > 3 * len(lines)
    assert full.output.strip().splitlines()[-1] == lines[-1]  # the same closing line


def test_summary_for_a_clean_post():
    result = run("check", "Lovely to see so many residents at the summer fete today.")
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1] == "postcheck: OK · no findings"


def test_a_draft_that_names_a_file_gets_a_hint_and_is_still_checked(tmp_path, monkeypatch):
    (tmp_path / "draft.txt").write_text("Cllr Smith is a lying buffoon.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "draft.txt"])
    assert "use --file draft.txt" in result.stderr
    assert result.exit_code == 0 and "OK" in result.stdout  # the words "draft.txt" themselves are harmless
    plain = CliRunner().invoke(app, ["check", "Lovely fete today."])
    assert "note:" not in plain.stderr


# --- input checked before the models load ---------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["   "], "empty"),
    (["x" * 20_001], "limit"),
    (["--created-at", "0001-01-01T00:00:00+14:00", "hello"], "range"),
    (["--created-at", "9999-12-31T23:59:59-14:00", "hello"], "range"),
    (["--account", "robot", "hello"], "account"),
], ids=["empty", "too-long", "year-1", "year-9999", "bad-account"])
def test_input_errors_come_before_the_models(monkeypatch, args, message):
    import postcheck.cli as cli_module

    def no_models(config):
        raise AssertionError("the models were loaded for a post that was never going to be checked")

    monkeypatch.setattr(cli_module, "make_checker", no_models)
    result = run("check", *args)
    assert result.exit_code == 2, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1


# --- tables at 80 columns ------------------------------------------------------------------

@pytest.mark.slow
def test_rules_table_keeps_every_id_whole_at_80_columns():
    result = cli("rules", "--format", "json")
    ids = [rule["id"] for rule in json.loads(result.stdout)]
    table = cli("rules")
    assert table.returncode == 0, table.stderr
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    for rule_id in ids:
        assert rule_id in table.stdout, rule_id


def test_eval_table_shows_whole_figures_at_80_columns(checker, tmp_path):
    from rich.console import Console

    from postcheck.evaluation import evaluate, read_labelled
    from postcheck.render_eval import render_eval

    items = read_labelled(FIXTURES / "core_rules_posts.jsonl")[:6]
    result = evaluate(checker, items)
    console = Console(width=80, record=True, color_system=None)
    render_eval(console, result)
    out = console.export_text()
    assert "…" not in out and max(len(line) for line in out.splitlines()) <= 80
    for rule in result.per_rule:
        assert rule in out
    micro = next(line for line in out.splitlines() if line.strip().startswith("micro average"))
    assert micro.split()[-3:] == [f"{v:.2f}" for v in (result.micro.precision, result.micro.recall, result.micro.f1)]


# --- explain -----------------------------------------------------------------------------

@pytest.mark.parametrize("rule", ["respect.personal-attack", "respect.abusive-language"])
def test_explain_never_shows_placeholders(rule):
    result = run("explain", rule, "--no-verify")
    assert result.exit_code == 0, result.output
    assert "<the detector's reason>" not in result.output and "from-signal" not in result.output
    assert "{why}" not in result.output
    assert "review, block when" in result.output  # the pack's own grading, in words


# --- cold start ----------------------------------------------------------------------------

@pytest.mark.slow
def test_a_check_loads_neither_torch_nor_transformers():
    pytest.importorskip("torch")  # only meaningful where the extras are installed
    probe = ("import sys; from postcheck import Checker; "
             "r = Checker().check('Cllr Jones is a lying idiot'); "
             "print(r.verdict, 'torch' in sys.modules, 'transformers' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    verdict, torch_loaded, transformers_loaded = result.stdout.split()
    assert verdict != "ok" and torch_loaded == "False" and transformers_loaded == "False"


def test_tables_show_markup_in_their_data_as_written():
    from types import SimpleNamespace

    from rich.console import Console

    from postcheck.render import rules_table

    quote = SimpleNamespace(id="[red]1.1[/red]")
    rule = SimpleNamespace(id="custom.[bold]rule[/bold]", severity="review", scope="post", title="t",
                           clauses=[quote], golden_rules=[], signals={"x.[i]y[/i]": "review"},
                           enabled=True, effective_severity="review", override=None)
    pack = SimpleNamespace(title="Pack [u]of[/u] a council", code="c", rules={"r": rule})
    console = Console(width=200, record=True, color_system=None)
    console.print(rules_table(pack))
    out = console.export_text()
    for literal in ("custom.[bold]rule[/bold]", "[red]1.1[/red]", "x.[i]y[/i]", "Pack [u]of[/u] a council"):
        assert literal in out, literal


def test_rules_as_markdown_show_the_councils_settings():
    result = run("rules", "--format", "markdown", "--ignore", "respect.abusive-language")
    assert result.exit_code == 0, result.output
    header, rule, *rows = result.output.splitlines()
    assert header == "| rule | title | severity | scope | code clauses | golden rules / policy | raised by |"
    assert rule == "|---|---|---|---|---|---|---|" and len(rows) == 24
    assert "| `respect.abusive-language` | Abusive or obscene language | off | post |" in result.output
    assert rows[0].endswith("| `toxicity.allegation`, `toxicity.discrimination`, `toxicity.personal-attack` |")  # signal names, not their levels


def test_markdown_tables_show_their_data_as_written():
    from types import SimpleNamespace

    from postcheck.render_markdown import rules_markdown

    quote = SimpleNamespace(id="App|B")
    rule = SimpleNamespace(id="custom.a|b", severity="review", scope="post", title="a | b\nc \x1b[31m",
                           clauses=[quote], golden_rules=[], signals={"x.`y`": {"default": "review"}},
                           enabled=True, effective_severity="block", override="block")
    table = rules_markdown(SimpleNamespace(title="t", code="c", rules={"r": rule}))
    row = table.splitlines()[2]
    assert row == r"| `custom.a\|b` | a \| b c ␛[31m | block (pack: review) | post | App\|B | — | x.`y` |"
