"""The built wheel is a working install: rule pack, lexicons and model inside it.

A user gets postcheck with ``pip install``, not from a source checkout, so
this builds the wheel from a copy of the project, installs it into a fresh
virtual environment and runs ``postcheck check`` and ``postcheck serve`` from
an unrelated folder.
Nothing is downloaded: the wheel is built without build isolation and
installed with ``--no-deps``; the new environment reuses the test
environment's already installed dependencies through a ``.pth`` file, added
after the install so that pip does not see the development copy there.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx
import pytest

from helpers import ROOT
from benchmarks.harness import free_port, wait_ready


#: benchmark, load-test and test-harness modules: they live in benchmarks/, never in the package
DEVELOPMENT_TOOLS = ("/bench.py", "/bench_", "/speed.py", "/pii_speed.py", "/hostile_inputs.py", "/loadtest.py",
                     "/server_load.py", "/harness.py", "/machine.py")

#: what a user's wheel must not carry: development tools and large or generated files
NOT_SHIPPED = ("benchmarks/", "tools/", *DEVELOPMENT_TOOLS, "tests/", "corpora/", "training/", "model.onnx",
               "__pycache__", ".pyc")


#: a path built to the data's old home outside the package, e.g. ``REPO / "models" / "embedded"``
OLD_DATA_PATH = re.compile(r"""(?:["']models["']|MODELS_DIR)\s*/\s*["']embedded["']"""
                           r"""|(?:["']corpora["']|CORPORA_DIR)\s*/\s*["'](?:codes|lexicons)["']""")


def _old_data_path(line: str) -> bool:
    match = OLD_DATA_PATH.search(line)
    return match is not None and "data" not in line[:match.start()].lower()  # postcheck/data/models/... is the new home


def test_no_code_builds_a_path_to_the_old_data_folders():
    """Code and training scripts find the data in postcheck/data/ (a merge can bring old paths back)."""
    assert _old_data_path('default=REPO / "models" / "embedded",')
    assert not _old_data_path('EMBEDDED_MODEL_DIR = DATA_DIR / "models" / "embedded"')
    sources = [*ROOT.glob("postcheck/**/*.py"), *ROOT.glob("training/*.py"), *ROOT.glob("benchmarks/*.py")]
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sources
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if _old_data_path(line)]
    assert found == []


def test_the_package_holds_no_benchmark_or_harness_modules():
    """Whatever is in postcheck/ ships in every user's wheel; the wheel test below is slow, this is not."""
    assert any(bad in "postcheck/bench.py" for bad in NOT_SHIPPED)  # the old home of the speed benchmark
    modules = [path.relative_to(ROOT).as_posix() for path in ROOT.glob("postcheck/**/*.py")]
    assert "postcheck/cli.py" in modules
    assert [m for m in modules if any(bad in m for bad in DEVELOPMENT_TOOLS)] == []


def _copy_project(dest: Path) -> Path:
    """The files a wheel is built from, copied so the build leaves the checkout untouched."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "postcheck", dest / "postcheck", ignore=skip)
    # a developer's fp32 export sits beside the int8 model (git ignores it); it must not ship
    (dest / "postcheck" / "data" / "models" / "embedded" / "model.onnx").write_bytes(b"not shipped")
    return dest


def _run(args: list, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools", reason="building without isolation needs setuptools (the dev extras have it)")
    src = _copy_project(tmp_path_factory.mktemp("src"))
    out = tmp_path_factory.mktemp("wheelhouse")
    built = _run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation",
                  "--no-index", "-q", "-w", out], cwd=src)
    assert built.returncode == 0, built.stderr
    (path,) = out.glob("postcheck-*.whl")
    return path


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; dependencies come from this environment."""
    venv = tmp_path_factory.mktemp("venv")
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv])
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    done = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel])
    assert done.returncode == 0, done.stderr
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    ours = [p for p in sys.path if p.endswith(("site-packages", "dist-packages")) and Path(p).is_dir()]
    (site / "zz_shared_dependencies.pth").write_text("".join(f"{p}\n" for p in ours), encoding="utf-8")
    return venv


def _clean_env(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "POSTCHECK_CONFIG", "VIRTUAL_ENV")}
    env["XDG_CONFIG_HOME"] = str(tmp / "xdg")  # no user config of the tester's
    env["HOME"] = str(tmp)
    return env


@pytest.mark.slow
def test_wheel_holds_the_data_and_no_development_tools(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "postcheck/data/codes/bexley.yaml" in names
    assert "postcheck/data/codes/bexley.source.txt" in names  # the code of conduct the pack quotes
    assert "postcheck/data/lexicons/toxicity.yaml" in names
    for needed in ("model.int8.onnx", "tokenizer.json", "labels.json", "thresholds.json", "MODEL_CARD.md"):
        assert f"postcheck/data/models/embedded/{needed}" in names, needed
    assert "postcheck/server/static/index.html" in names
    shipped = [n for n in names if any(bad in n for bad in NOT_SHIPPED)]
    assert shipped == []
    # the encoder (23 MB), its heads (19 MB) and the n-gram model (about 4 MB)
    assert wheel.stat().st_size < 45_000_000


@pytest.mark.slow
def test_installed_wheel_checks_a_post_from_another_folder(installed, tmp_path):
    env = _clean_env(tmp_path)
    where = _run([installed / "bin" / "python", "-c", "import postcheck; print(postcheck.__file__)"], cwd=tmp_path, env=env)
    assert Path(where.stdout.strip()).is_relative_to(installed), where.stdout + where.stderr

    result = _run([installed / "bin" / "postcheck", "check", "--format", "json", "Cllr X is an idiot"],
                  cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stderr  # a finding at or above the default --fail-on review
    report = json.loads(result.stdout)
    assert report["rule_pack"] == "bexley"
    (finding,) = [f for f in report["findings"] if f["rule"] == "respect.personal-attack"]
    assert finding["quotes"][0]["text"].startswith("I treat other councillors")
    (signal,) = finding["evidence"]["signals"]
    assert signal["scores"]["insult"] > 0.5  # the shipped model and its judgement heads ran


@pytest.mark.slow
def test_installed_wheel_serves_the_page_and_the_api(installed, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([str(installed / "bin" / "postcheck"), "serve", "--port", str(port)], cwd=tmp_path,
                              env=_clean_env(tmp_path), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        try:
            wait_ready(url, 120, server)
        except (RuntimeError, TimeoutError):
            pytest.fail((tmp_path / "serve.log").read_text(encoding="utf-8", errors="replace")[-2000:])
        page = httpx.get(f"{url}/", timeout=10)
        assert page.status_code == 200 and "<title>Check a post" in page.text
        assert httpx.get(f"{url}/static/app.js", timeout=10).status_code == 200
        checked = httpx.post(f"{url}/v1/check", json={"text": "Cllr X is an idiot"}, timeout=30)
        assert checked.status_code == 200
        assert "respect.personal-attack" in [f["rule"] for f in checked.json()["findings"]]
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
