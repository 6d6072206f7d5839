"""The Dask engine: the same Checker over partitions on a cluster gives the local run's results."""
from __future__ import annotations

import json

import pytest

from helpers import FIXTURES
from postcheck import __version__
from postcheck.audit.app import AuditOptions, run
from postcheck.audit.store import ResultStore, sqlite_url

pytestmark = pytest.mark.slow  # a browser, a server under load, a cluster or a notebook: not in the fast lane

CONFIG = FIXTURES / "audit_council.toml"
TEXTS = ["Ward surgery {n} on Saturday.", "Between you and me, Project Falcon ({n}) is off.",
         "Date night with my husband number {n}!", "Planning committee {n} tonight, residents welcome."]


class Quiet:
    def advance(self, n): ...
    def log(self, message): ...
    def stop(self): return 1.0


def test_dask_local_cluster_gives_identical_results(tmp_path):
    distributed = pytest.importorskip("distributed")
    path = tmp_path / "posts.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(30):
            out.write(json.dumps({"id": f"d{n}", "text": TEXTS[n % 4].format(n=n), "author": f"@acct{n % 3}"}) + "\n")
    local = run(AuditOptions(inputs=[path], out=tmp_path / "local", config=CONFIG, chunk_size=8), progress=Quiet())
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        dask = run(AuditOptions(inputs=[path], out=tmp_path / "dask", config=CONFIG, engine="dask", chunk_size=8,
                                dask_client=client), progress=Quiet())
        from typer.testing import CliRunner
        from postcheck.cli import app

        cli = CliRunner().invoke(app, ["audit", str(path), "--out", str(tmp_path / "cli"), "--config", str(CONFIG),
                                       "--engine", "dask", "--scheduler", cluster.scheduler_address])
        assert cli.exit_code == 0, cli.output
    assert "30 posts read = 30 checked (30 this run" in cli.output
    assert (dask.counts.read, dask.counts.checked_now) == (local.counts.read, local.counts.checked_now) == (30, 30)
    stores = [ResultStore(sqlite_url(tmp_path / name), __version__) for name in ("local", "dask", "cli")]
    results = [{r.post_id: r.report for r in store.iter_results()} for store in stores]
    assert len(results[0]) == 30 and results[0] == results[1] == results[2]
    assert (tmp_path / "local" / "findings.csv").read_text() == (tmp_path / "dask" / "findings.csv").read_text()
