"""The results store on SQLite and on a real PostgreSQL server (a throwaway cluster the fixture starts)."""
from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from helpers import FIXTURES
from postcheck.audit.app import AuditOptions, run
from postcheck.audit.store import ResultStore, sqlite_url

pytestmark = pytest.mark.slow  # a browser, a server under load, a cluster or a notebook: not in the fast lane

CONFIG = FIXTURES / "audit_council.toml"
TEXTS = ["Ward surgery {n} on Saturday at Hollin Library.", "Between you and me, Project Falcon ({n}) is off.",
         "Date night with my husband number {n}!", "Budget consultation {n} closes Friday. Residents, have your say."]


def write_posts(path: Path, count: int) -> list[str]:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps({"id": f"s{n}", "text": TEXTS[n % 4].format(n=n), "author": "@NadiaOkonjoGreen"}) + "\n")
        out.write("{broken\n")
    return [f"s{n}" for n in range(count)]


class Quiet:
    def advance(self, n): ...
    def log(self, message): ...
    def stop(self): return 1.0


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    """Start a PostgreSQL cluster in a temp dir on a loopback port; stop and delete it afterwards."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries not installed (Debian: postgresql)")
    pytest.importorskip("psycopg")
    base = Path(tempfile.mkdtemp(prefix="postcheck-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the cluster as the postgres user
        shutil.chown(base, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = base / "data", _free_port()
    run_pg = lambda *args: subprocess.run([*as_user, *map(str, args)], check=True, capture_output=True, timeout=120)  # noqa: E731
    run_pg(bindir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync")
    run_pg(bindir / "pg_ctl", "-D", data, "-l", base / "log", "-w", "-t", "60", "start",
           "-o", f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


def _reports(store: ResultStore) -> dict[str, dict]:
    return {r.post_id: r.report for r in store.iter_results()}


def test_postgresql_store_matches_sqlite_and_resumes(tmp_path, postgres_url):
    ids = write_posts(tmp_path / "posts.jsonl", 24)
    first = run(AuditOptions(inputs=[tmp_path / "posts.jsonl"], out=tmp_path / "pg", config=CONFIG, db=postgres_url,
                             chunk_size=8), progress=Quiet())
    assert (first.counts.read, first.counts.checked_now, first.counts.rejected) == (25, 24, 1)
    again = run(AuditOptions(inputs=[tmp_path / "posts.jsonl"], out=tmp_path / "pg", config=CONFIG, db=postgres_url),
                progress=Quiet())
    assert (again.counts.checked_now, again.counts.checked_before) == (0, 24)
    run(AuditOptions(inputs=[tmp_path / "posts.jsonl"], out=tmp_path / "lite", config=CONFIG), progress=Quiet())
    from postcheck import __version__

    pg, lite = ResultStore(postgres_url, __version__), ResultStore(sqlite_url(tmp_path / "lite"), __version__)
    assert sorted(_reports(pg)) == sorted(ids)
    assert _reports(pg) == _reports(lite)
    assert not (tmp_path / "pg" / "results.sqlite").exists()  # --db replaces the SQLite file
    from sqlalchemy import text

    with pg.engine.connect() as conn:
        assert conn.execute(text("select count(*) from audit_results")).scalar_one() == 24
        assert conn.execute(text("select count(*) from audit_rejects")).scalar_one() == 1


def test_postgresql_replaces_edited_posts_and_keeps_decisions(tmp_path, postgres_url):
    from postcheck import __version__
    from postcheck.audit.review import Decision

    path = tmp_path / "edit.jsonl"
    path.write_text(json.dumps({"id": "e1", "text": "Between you and me, Project Falcon is off."}) + "\n", encoding="utf-8")
    run(AuditOptions(inputs=[path], out=tmp_path / "pg", config=CONFIG, db=postgres_url), progress=Quiet())
    path.write_text(json.dumps({"id": "e1", "text": "Ward surgery on Saturday."}) + "\n", encoding="utf-8")
    run(AuditOptions(inputs=[path], out=tmp_path / "pg", config=CONFIG, db=postgres_url), progress=Quiet())
    store = ResultStore(postgres_url, __version__)
    assert [r.post["text"] for r in store.iter_results() if r.post_id == "e1"] == ["Ward surgery on Saturday."]
    assert store.save_decisions([Decision("a" * 20, "reviewed"), Decision("a" * 20, "false-alarm", "second thoughts")]) == 1
    assert store.load_decisions()["a" * 20] == "false-alarm"
    store.close()


def test_a_bad_database_url_is_one_clear_error(tmp_path):
    from postcheck.audit.store import StoreError

    with pytest.raises(StoreError, match="cannot"):
        ResultStore("postgresql://nobody@127.0.0.1:1/none", "1")
