"""The house rules, checked on the source: one judge, data flowing one way, declared assembly.

Read with ``ast`` so a comment or docstring mentioning a level does not count,
and a new violation fails here with the file and line.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from postcheck.assembly import DETECTORS, known_signals, load_pack
from postcheck.config import Config
from postcheck.severity import LEVELS
from helpers import ROOT

PACKAGE = ROOT / "postcheck"
DETECTOR_FILES = sorted((PACKAGE / "detectors").glob("*.py"))


def strings(path: Path):
    """Every string constant in a module that is not a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            yield node.lineno, "." * node.level + (node.module or ""), [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []


@pytest.mark.parametrize("path", DETECTOR_FILES, ids=lambda p: p.name)
def test_no_detector_holds_a_severity_or_a_rule_id(path):
    rule_ids = set(load_pack(Config()).rules)
    found = [(line, value) for line, value in strings(path) if value in LEVELS[1:] or value in rule_ids]
    assert not found, f"{path.name}: severities and rule ids belong to the rule pack: {found}"


@pytest.mark.parametrize("path", DETECTOR_FILES, ids=lambda p: p.name)
def test_no_detector_reaches_the_checker_a_report_or_a_face(path):
    banned = ("checker", "report", "rules", "cli", "server", "audit", "account", "stages")
    for line, module, names in imports(path):
        parts = module.lstrip(".").split(".")
        assert parts[0] not in banned, f"{path.name}:{line} imports {module}: detectors emit signals, nothing more"
        assert "Checker" not in names and "Report" not in names, f"{path.name}:{line}"


def test_every_detector_module_is_assembled_and_none_twice():
    modules = {p.stem for p in DETECTOR_FILES if not p.stem.startswith("_") and p.stem != "base" and p.stem != "__init__"}
    assembled = [cls.__module__.rsplit(".", 1)[1] for cls in DETECTORS]
    assert len(assembled) == len(set(assembled))
    assert set(assembled) == modules


def test_every_signal_the_pack_maps_exists_and_every_signal_is_judged():
    pack = load_pack(Config())
    mapped = {signal for rule in pack.rules.values() for signal in rule.signals}
    assert mapped <= known_signals()
    assert known_signals() - mapped == set(), "a signal nothing judges is dead weight"
