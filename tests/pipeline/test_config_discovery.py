"""Which config applies (flag, environment, this folder or a parent, user folder) and who says so."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from helpers import ROOT
from postcheck.config import load_config
from postcheck.discovery import find_config, user_config_path
from postcheck.starter import write_starter


def council(folder, name):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "postcheck.toml"
    path.write_text(f"[council]\nname = '{name}'\n", encoding="utf-8")
    return path


def test_a_parent_folders_config_is_found(tmp_path, monkeypatch):
    path = council(tmp_path, "Parent Council")
    deep = tmp_path / "drafts" / "2026"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert find_config() == path.resolve()
    cfg = load_config()
    assert cfg.council_name == "Parent Council" and cfg.source == path.resolve()


def test_the_nearest_config_wins(tmp_path, monkeypatch):
    council(tmp_path, "Parent Council")
    near = council(tmp_path / "ward", "Ward Council")
    monkeypatch.chdir(tmp_path / "ward")
    assert load_config().council_name == "Ward Council" and find_config() == near.resolve()


def test_order_flag_then_environment_then_folder_then_user(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    user = council(user_config_path().parent, "User Council")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert load_config().council_name == "User Council" and load_config().source == user
    council(work, "Folder Council")
    assert load_config().council_name == "Folder Council"
    monkeypatch.setenv("POSTCHECK_CONFIG", str(council(tmp_path / "env", "Env Council")))
    assert load_config().council_name == "Env Council"
    assert load_config(council(tmp_path / "flag", "Flag Council")).council_name == "Flag Council"


def test_no_config_anywhere_means_the_defaults_and_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = load_config()
    assert cfg.source is None
    assert cfg.meta() == {"council": "Your council", "config": None}
    assert "no config file" in cfg.describe()


def test_a_missing_environment_config_is_a_one_line_error(tmp_path, monkeypatch):
    from postcheck.config import ConfigError

    monkeypatch.setenv("POSTCHECK_CONFIG", str(tmp_path / "gone.toml"))
    with pytest.raises(ConfigError, match="gone.toml: config file not found"):
        load_config()


def test_the_starter_config_loads_and_is_not_overwritten(tmp_path):
    written = write_starter(tmp_path, council="Borough of Elmbridge Vale")
    assert {p.name for p in written} == {"postcheck.toml", "pending.csv", "meetings.csv"}
    cfg = load_config(tmp_path / "postcheck.toml")
    assert cfg.council_name == "Borough of Elmbridge Vale" and cfg.pending_matters == [] and cfg.meetings == []
    text = (tmp_path / "postcheck.toml").read_text(encoding="utf-8")
    assert text.count("#") > 20  # commented for the person filling it in
    (tmp_path / "pending.csv").write_text("reference,address,description,decision_date\nA/1,x,y,2027-01-01\n")
    with pytest.raises(FileExistsError, match="--force"):
        write_starter(tmp_path)
    write_starter(tmp_path, council="Renamed", force=True)
    assert load_config(tmp_path / "postcheck.toml").council_name == "Renamed"
    assert "A/1" in (tmp_path / "pending.csv").read_text()  # the council's data is kept


def run_cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "postcheck.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=_env())


def _env():
    import os
    from pathlib import Path

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.mark.slow
def test_init_refuses_to_overwrite_without_force(tmp_path):
    assert run_cli("init", "--council", "Vale", cwd=tmp_path).returncode == 0
    again = run_cli("init", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.strip().count("\n") == 0 and "--force" in again.stderr
    assert run_cli("init", "--force", cwd=tmp_path).returncode == 0


@pytest.mark.slow
def test_check_names_the_council_and_config_it_used(tmp_path):
    path = council(tmp_path, "Borough of Elmbridge Vale")
    sub = tmp_path / "drafts"
    sub.mkdir()
    out = run_cli("check", "--format", "json", "Lovely morning at the park run.", cwd=sub)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["meta"] == {"council": "Borough of Elmbridge Vale", "config": str(path.resolve())}
    text = run_cli("check", "Lovely morning at the park run.", cwd=sub)
    assert "Borough of Elmbridge Vale" in text.stdout and str(path.resolve()) in text.stdout.replace("\n", "")
