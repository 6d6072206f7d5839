"""One error base: every error class of the package is a ``PostcheckError`` with a short code of its own,
and the faces catch the base alone.

The classes are found by walking the package (importing every module, and
parsing every file for class statements an import could miss), never from a
list kept by hand.
"""
from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import postcheck
from postcheck.errors import PostcheckError

PACKAGE = Path(postcheck.__file__).resolve().parent
#: the HTTP answer itself: its status and per-answer code are the API's, not a kind of checker error
HTTP_ANSWERS = {"postcheck.server.errors.ApiError"}
CODE = re.compile(r"[a-z]+(-[a-z]+)*")
BUILTIN_ERRORS = {name for name, obj in vars(builtins).items()
                  if isinstance(obj, type) and issubclass(obj, BaseException)}


def imported_error_classes() -> dict[str, type]:
    """Every exception class defined in a module of the package, by its dotted name."""
    found = {}
    for info in pkgutil.walk_packages(postcheck.__path__, "postcheck."):
        try:
            module = importlib.import_module(info.name)
        except ModuleNotFoundError as exc:
            if (exc.name or "").startswith("postcheck"):
                raise
            continue  # an optional extra that is not installed; parsing below still sees its classes
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == info.name:
                found[f"{info.name}.{name}"] = obj
    return found


ERRORS = imported_error_classes()
CHECKED = {name: cls for name, cls in ERRORS.items() if cls is not PostcheckError and name not in HTTP_ANSWERS}


def parsed_error_class_names() -> set[str]:
    """Names of the classes whose class statement derives from an exception, anywhere in the package's files."""
    known = BUILTIN_ERRORS | {cls.__name__ for cls in ERRORS.values()}
    names = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                if bases & known or any(b.endswith(("Error", "Exception")) for b in bases):
                    names.add(node.name)
    return names


def test_the_walk_finds_the_errors():
    assert len(CHECKED) >= 15
    assert {"postcheck.config.ConfigError", "postcheck.post.PostError", "postcheck.rules.pack.RulePackError"} <= set(CHECKED)


def test_importing_misses_no_error_class_a_file_defines():
    missed = parsed_error_class_names() - {cls.__name__ for cls in ERRORS.values()}
    assert not missed, f"not importable at module level (define them there): {sorted(missed)}"


@pytest.mark.parametrize("name", sorted(CHECKED))
def test_every_error_class_is_a_postcheck_error_with_its_own_code(name):
    cls = CHECKED[name]
    assert issubclass(cls, PostcheckError), f"{name} must subclass checker.errors.PostcheckError"
    assert "code" in vars(cls), f"{name} needs its own code: class {cls.__name__}(PostcheckError, ..., code='...')"
    assert CODE.fullmatch(cls.code), f"{name}.code {cls.code!r}: short lowercase words joined by hyphens"


def test_codes_are_unique():
    by_code: dict[str, list[str]] = {}
    for name, cls in CHECKED.items():
        if "code" in vars(cls):
            by_code.setdefault(cls.code, []).append(name)
    assert {code: names for code, names in by_code.items() if len(names) > 1} == {}


def test_errors_keep_the_builtin_base_callers_already_catch():
    from postcheck.config import ConfigError
    from postcheck.nlp import PipelineError
    from postcheck.post import PostError
    from postcheck.starter import StarterExists

    assert issubclass(ConfigError, ValueError) and issubclass(PostError, ValueError)
    assert issubclass(PipelineError, RuntimeError)
    assert issubclass(StarterExists, FileExistsError)
    assert PostError("the post is empty").code == "post" and str(PostError("the post is empty")) == "the post is empty"


def test_the_cli_shows_any_user_error_as_one_line(monkeypatch):
    import postcheck.cli as cli
    from postcheck.scoring.heads import HeadsError

    def broken(config):
        raise HeadsError("the judgement heads do not fit the encoder")

    monkeypatch.setattr(cli, "make_checker", broken)
    result = CliRunner().invoke(cli.app, ["check", "Lovely to see residents at the fete."])
    assert result.exit_code == 2 and not isinstance(result.exception, HeadsError)
    assert result.output.strip() == "postcheck: error: the judgement heads do not fit the encoder"


def test_a_missing_file_is_still_reported_as_such(tmp_path):
    from postcheck.cli import app

    result = CliRunner().invoke(app, ["check", "--file", str(tmp_path / "draft.txt")])
    assert result.exit_code == 2 and result.output.strip().endswith("draft.txt: file not found")


def test_the_api_answers_a_wrapped_user_error_with_its_code():
    pytest.importorskip("fastapi")
    from postcheck.evaluation import EvalDataError
    from postcheck.post import PostError
    from postcheck.server.errors import ApiError

    answer = ApiError.refusing(PostError("'kind' must be one of post, reply"), where="posts[2]: ")
    assert (answer.status, answer.code, answer.message) == (422, "invalid_post", "posts[2]: 'kind' must be one of post, reply")
    assert ApiError.refusing(EvalDataError("bad line"), status=400).code == "invalid_eval_data"
    assert ApiError.refusing(PostError("the post is empty"), "empty_text").code == "empty_text"
