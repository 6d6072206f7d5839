"""Keep README.md's rule table the output of ``postcheck rules --format markdown``.

    python tools/readme_rules.py            # rewrite the table between the markers
    python tools/readme_rules.py --check    # exit 1 when it differs (what the test checks)

The command runs as a fresh user would run it: this checkout's package, the
built-in defaults (no ``postcheck.toml``, ``POSTCHECK_CONFIG`` or user config),
so the table shows the rule pack as shipped.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"
COMMAND = ("postcheck", "rules", "--format", "markdown")
REGENERATE = "make readme-rules"


class ReadmeError(ValueError):
    """README.md without one pair of rule-table markers, or a command that failed."""


def command_output() -> str:
    """``postcheck rules --format markdown`` with the defaults, run from an empty folder."""
    with tempfile.TemporaryDirectory() as empty:
        env = {k: v for k, v in os.environ.items() if k not in ("POSTCHECK_CONFIG", "PYTHONPATH")}
        env.update(PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=empty, HOME=empty)
        done = subprocess.run([sys.executable, "-c", "from postcheck.cli import main; main()", *COMMAND[1:]],
                              capture_output=True, text=True, encoding="utf-8", cwd=empty, env=env, timeout=300)
    if done.returncode != 0:
        raise ReadmeError(f"{' '.join(COMMAND)} failed: {' '.join(done.stderr.split())}")
    return done.stdout.strip("\n")


def _bounds(text: str) -> tuple[int, int]:
    if text.count(START) != 1 or text.count(END) != 1 or text.index(START) > text.index(END):
        raise ReadmeError(f"README.md needs one {START} line before one {END} line")
    return text.index(START) + len(START), text.index(END)


def readme_table(text: str) -> str:
    """What README.md holds between the markers."""
    start, end = _bounds(text)
    return text[start:end].strip("\n")


def with_table(text: str, table: str) -> str:
    """README.md's text with ``table`` between the markers."""
    start, end = _bounds(text)
    return f"{text[:start]}\n{table}\n{text[end:]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/readme_rules.py", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether README.md is up to date")
    args = parser.parse_args(argv)
    try:
        text = README.read_text(encoding="utf-8")
        table = command_output()
        current = readme_table(text)
    except (OSError, ReadmeError) as exc:
        print(f"readme_rules: error: {exc}", file=sys.stderr)
        return 2
    if current == table:
        print("README.md: the rule table is up to date")
        return 0
    if args.check:
        print(f"README.md: the rule table differs from `{' '.join(COMMAND)}`; run `{REGENERATE}`", file=sys.stderr)
        return 1
    README.write_text(with_table(text, table), encoding="utf-8")
    print("README.md: rule table rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
