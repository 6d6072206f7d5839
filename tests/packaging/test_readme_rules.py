"""README.md's rule table is what ``postcheck rules --format markdown`` prints, so it cannot drift from the pack."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("readme_rules", ROOT / "tools" / "readme_rules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_rule_table_is_the_command_output(tool):
    table = tool.command_output()
    assert table.startswith("| rule | title | severity |") and "`respect.personal-attack`" in table
    current = tool.readme_table((ROOT / "README.md").read_text(encoding="utf-8"))
    assert current == table, "README.md's rule table differs from `postcheck rules --format markdown`: run `make readme-rules`"


def test_the_table_is_replaced_between_the_markers_only(tool):
    text = f"# t\n\n{tool.START}\n| old |\n{tool.END}\n\nafter\n"
    assert tool.readme_table(text) == "| old |"
    new = tool.with_table(text, "| new |")
    assert new == f"# t\n\n{tool.START}\n| new |\n{tool.END}\n\nafter\n"
    assert tool.with_table(new, "| new |") == new


@pytest.mark.parametrize("text", ["no markers", "<!-- rules:end -->\n<!-- rules:start -->", "<!-- rules:start -->" * 2])
def test_misplaced_markers_are_a_one_line_error(tool, text):
    with pytest.raises(tool.ReadmeError, match="needs one <!-- rules:start --> line"):
        tool.readme_table(text)
