"""Faces stay thin and one-way: no face imports another, and no detector imports a face.

The faces are the main command line, the HTTP server (API and web page), the
batch audit's command line and reports, and the sub-command lines for
personal data and models. What two of them share lives in a neutral module
(``present.py``, ``cli_support.py``, ``errors.py``) that any of them may
import. The main command line gathers the others by name (``COMMAND_MODULES``
in cli.py, each module with ``register(app)``): that is the one link between
faces, and no import statement.

Every module under postcheck/ is parsed, not imported, so a lazy import inside
a function counts as much as one at the top.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "postcheck"

#: face -> the modules (or whole packages) it is made of
FACES = {
    "cli": ("postcheck.cli",),
    "server": ("postcheck.server",),
    "audit": ("postcheck.audit.cli", "postcheck.audit.app", "postcheck.audit.html", "postcheck.audit.terminal"),
    "pii.cli": ("postcheck.pii.cli",),
    "scoring.cli": ("postcheck.scoring.cli",),
}
DETECTORS = "postcheck.detectors"


def within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def face_of(module: str) -> str | None:
    for face, parts in FACES.items():
        if any(within(module, part) for part in parts):
            return face
    return None


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, module: str):
    """``(line, names)`` for each import statement in ``path``, relative imports resolved.

    ``from X import Y`` names X and X.Y, since Y may be a submodule.
    """
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, [alias.name]
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                parts = package.split(".")
                source = ".".join(parts[:len(parts) - (node.level - 1)] + ([node.module] if node.module else []))
            yield node.lineno, [source] + [f"{source}.{alias.name}" for alias in node.names]


def crossings(root: Path) -> list[str]:
    """Each import statement that breaks a boundary, as 'module:line -> name (why)'."""
    found = []
    for path in sorted(root.rglob("*.py")):
        module = module_name(path, root)
        face = face_of(module)
        for line, names in imports(path, module):
            name, target = next(((n, face_of(n)) for n in names if face_of(n)), (None, None))
            if target is None:
                continue
            if face is not None and target != face:
                found.append(f"{module}:{line} -> {name} (the {face} face imports the {target} face)")
            elif within(module, DETECTORS):
                found.append(f"{module}:{line} -> {name} (a detector imports the {target} face)")
    return sorted(found)


def test_every_face_is_there():
    modules = {module_name(p, PACKAGE) for p in PACKAGE.rglob("*.py")}
    for face, parts in FACES.items():
        for part in parts:
            assert any(within(m, part) for m in modules), f"{face}: no module {part} (renamed? update FACES)"
    assert any(within(m, DETECTORS) for m in modules)


def test_no_face_imports_another_and_no_detector_imports_a_face():
    assert crossings(PACKAGE) == []


@pytest.mark.parametrize(("where", "source", "why"), [
    ("server/cli.py", "def serve():\n    from ..cli import fail\n", "the server face imports the cli face"),
    ("server/app.py", "from .. import cli\n", "the server face imports the cli face"),
    ("audit/html.py", "import postcheck.server.models\n", "the audit face imports the server face"),
    ("cli.py", "from .audit.html import highlight\n", "the cli face imports the audit face"),
    ("pii/cli.py", "from ..scoring.cli import models_app\n", "the pii.cli face imports the scoring.cli face"),
    ("detectors/words.py", "from ..render import STYLE\nfrom ..cli import app\n", "a detector imports the cli face"),
], ids=["lazy", "from-package", "absolute", "cli-to-audit", "sub-clis", "detector"])
def test_a_crossing_import_is_caught(tmp_path, where, source, why):
    root = tmp_path / "postcheck"
    for module in ("__init__.py", "cli.py", "present.py", "server/__init__.py", "server/cli.py", "server/app.py",
                   "server/models.py", "audit/__init__.py", "audit/html.py", "pii/__init__.py", "pii/cli.py",
                   "scoring/__init__.py", "scoring/cli.py", "detectors/__init__.py", "detectors/words.py"):
        (root / module).parent.mkdir(parents=True, exist_ok=True)
        (root / module).write_text("from .present import rule_dict\n" if module == "cli.py" else "")
    assert crossings(root) == []  # neutral modules may be imported by any face
    (root / where).write_text(source)
    found = crossings(root)
    assert len(found) == 1 and why in found[0], found
