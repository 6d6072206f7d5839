"""The results store: one data-access layer over SQLite or PostgreSQL (SQLAlchemy Core).

Results are keyed by (post id, text hash, checker version): a rerun skips what
is already there, an edited post or a new checker version is checked again.
Each batch is written in one transaction with insert-or-ignore, so a run
killed at any point loses at most the batch in flight and never duplicates.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Collection, Iterable, Iterator, Mapping, Sequence

from ..errors import PostcheckError


class StoreError(PostcheckError, ValueError, code="store"):
    """The results database cannot be used (one line for the user)."""


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Result:
    post_id: str
    text_hash: str
    source: str
    line: int
    account: str
    verdict: str
    post: dict[str, Any]
    report: dict[str, Any]


def sqlite_url(out_dir: Path) -> str:
    return f"sqlite:///{(out_dir / 'results.sqlite').resolve()}"


class ResultStore:
    def __init__(self, url: str, checker_version: str):
        from sqlalchemy import (Column, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text,
                                create_engine, event)
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

        self.version = checker_version
        self.url = url
        try:
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://"):]
            self.engine = create_engine(url, future=True)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise StoreError(f"cannot use database {self.safe_url}: {exc}") from None
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            @event.listens_for(self.engine, "connect")
            def _pragmas(connection, _record):  # durable and concurrent enough for one writer
                cursor = connection.cursor()
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.close()
        meta = MetaData()
        self.results = Table(
            "audit_results", meta,
            Column("post_id", String(512), nullable=False),
            Column("text_hash", String(64), nullable=False),
            Column("checker_version", String(64), nullable=False),
            Column("source", Text, nullable=False),
            Column("line", Integer, nullable=False),
            Column("account", Text, nullable=False),
            Column("verdict", String(16), nullable=False),
            Column("rank", Integer, nullable=False),
            Column("post", Text, nullable=False),
            Column("report", Text, nullable=False),
            Column("checked_at", String(40), nullable=False),
            PrimaryKeyConstraint("post_id", "text_hash", "checker_version", name="audit_results_key"),
        )
        self.rejects = Table(
            "audit_rejects", meta,
            Column("source", Text, nullable=False),
            Column("line", Integer, nullable=False),
            Column("reason", Text, nullable=False),
            PrimaryKeyConstraint("source", "line", name="audit_rejects_key"),
        )
        self.account_findings = Table(
            "audit_account_findings", meta,
            Column("checker_version", String(64), nullable=False),
            Column("account", Text, nullable=False),
            Column("rule", String(128), nullable=False),
            Column("finding", Text, nullable=False),
        )
        self.decisions = Table(
            "audit_decisions", meta,
            Column("fingerprint", String(64), nullable=False),
            Column("decision", String(16), nullable=False),
            Column("note", Text, nullable=False),
            Column("rule", String(128), nullable=False),
            Column("post_id", String(512), nullable=False),
            Column("decided_at", String(40), nullable=False),
            PrimaryKeyConstraint("fingerprint", name="audit_decisions_key"),
        )
        try:
            meta.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {self.safe_url}: {str(exc).splitlines()[0]}") from None

    @property
    def safe_url(self) -> str:
        from sqlalchemy.engine import make_url

        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - only for an error message
            return "the database"

    def _insert_ignore(self, table):
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        elif self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            raise StoreError(f"unsupported database {self.dialect!r}: use SQLite or PostgreSQL")
        return insert(table).on_conflict_do_nothing()

    def done(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, int]]:
        """Which (post id, text hash) pairs already have a result for this checker version, and where they were read."""
        return self.lookup(keys)[0]

    def lookup(self, keys: Sequence[tuple[str, str]]) -> tuple[dict[tuple[str, str], tuple[str, int]], set[str]]:
        """``done(keys)``, and the ids among them that also have a result for another text."""
        from sqlalchemy import select

        if not keys:
            return {}, set()
        wanted = set(keys)
        ids = list({k[0] for k in keys})
        found: dict[tuple[str, str], tuple[str, int]] = {}
        others: set[str] = set()
        table = self.results
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                query = select(table.c.post_id, table.c.text_hash, table.c.source, table.c.line).where(
                    table.c.checker_version == self.version, table.c.post_id.in_(ids[start:start + 500]))
                for row in conn.execute(query):
                    if (row.post_id, row.text_hash) in wanted:
                        found[(row.post_id, row.text_hash)] = (row.source, row.line)
                    else:
                        others.add(row.post_id)
        return found, others

    def forget_other_texts(self, current: Mapping[str, Collection[str]]) -> None:
        """Delete results for these post ids whose text is not one of their current texts (edited posts)."""
        if current:
            with self.engine.begin() as conn:
                self._forget(conn, current)

    def _forget(self, conn, current: Mapping[str, Collection[str]]) -> None:
        from sqlalchemy import and_, delete

        table = self.results
        for post_id, hashes in current.items():
            conn.execute(delete(table).where(and_(table.c.checker_version == self.version, table.c.post_id == post_id,
                                                  table.c.text_hash.not_in(list(hashes)))))

    def save(self, results: Iterable[Result], current: Mapping[str, Collection[str]] | None = None) -> set[tuple[str, str]]:
        """Write results in one transaction; returns the keys actually inserted (not already there).

        ``current`` maps a post id to the text hashes it has now: stored results
        for that id with any other text (an edited post's old text) are deleted
        in the same transaction, so their findings leave the report.
        """
        from ..severity import RANK

        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        rows = [{"post_id": r.post_id, "text_hash": r.text_hash, "checker_version": self.version,
                 "source": r.source, "line": r.line, "account": r.account, "verdict": r.verdict,
                 "rank": RANK[r.verdict], "post": json.dumps(r.post, ensure_ascii=False),
                 "report": json.dumps(r.report, ensure_ascii=False), "checked_at": now} for r in results]
        if not rows:
            return set()
        table = self.results
        statement = self._insert_ignore(table).returning(table.c.post_id, table.c.text_hash)
        with self.engine.begin() as conn:
            inserted = {(row.post_id, row.text_hash) for row in conn.execute(statement, rows)}
            self._forget(conn, current or {})
            return inserted

    def save_rejects(self, rejects: Iterable[tuple[str, int, str]]) -> None:
        rows = [{"source": s, "line": n, "reason": r} for s, n, r in rejects]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(self._insert_ignore(self.rejects), rows)

    def count(self) -> int:
        from sqlalchemy import func, select

        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(self.results)
                                .where(self.results.c.checker_version == self.version)).scalar_one()

    def iter_results(self, order: str = "input", limit: int | None = None, flagged_only: bool = False,
                     chunk: int = 1000) -> Iterator[Result]:
        """Results of this checker version, streamed (input order, or worst first)."""
        from sqlalchemy import select

        t = self.results
        query = select(t).where(t.c.checker_version == self.version)
        if flagged_only:
            query = query.where(t.c.rank > 0)
        if order == "worst":
            query = query.order_by(t.c.rank.desc(), t.c.account, t.c.source, t.c.line)
        else:
            query = query.order_by(t.c.source, t.c.line, t.c.post_id)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execution_options(stream_results=True, yield_per=chunk).execute(query)
            for row in rows:
                yield Result(row.post_id, row.text_hash, row.source, row.line, row.account, row.verdict,
                             json.loads(row.post), json.loads(row.report))

    def replace_account_findings(self, findings: Iterable[tuple[str, dict[str, Any]]]) -> None:
        from sqlalchemy import delete

        rows = [{"checker_version": self.version, "account": account, "rule": f["rule"],
                 "finding": json.dumps(f, ensure_ascii=False)} for account, f in findings]
        with self.engine.begin() as conn:
            conn.execute(delete(self.account_findings).where(self.account_findings.c.checker_version == self.version))
            if rows:
                conn.execute(self.account_findings.insert(), rows)

    def save_decisions(self, decisions: Iterable[Any]) -> int:
        """Record a team's decisions on findings (the latest decision on a fingerprint wins)."""
        from sqlalchemy import delete

        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        latest = {d.fingerprint: {"fingerprint": d.fingerprint, "decision": d.decision, "note": d.note or "",
                                  "rule": d.rule or "", "post_id": d.post_id or "", "decided_at": now} for d in decisions}
        rows = list(latest.values())
        table = self.decisions
        with self.engine.begin() as conn:
            for start in range(0, len(rows), 500):
                part = rows[start:start + 500]
                conn.execute(delete(table).where(table.c.fingerprint.in_([r["fingerprint"] for r in part])))
                conn.execute(table.insert(), part)
        return len(rows)

    def load_decisions(self) -> dict[str, str]:
        """Fingerprint -> decision, for every decision recorded."""
        from sqlalchemy import select

        with self.engine.connect() as conn:
            return {row.fingerprint: row.decision for row in conn.execute(select(self.decisions))}

    def latest_version(self) -> str | None:
        """The checker version (with any settings folded in) of the most recently stored result."""
        from sqlalchemy import select

        t = self.results
        with self.engine.connect() as conn:
            return conn.execute(select(t.c.checker_version).order_by(t.c.checked_at.desc()).limit(1)).scalar()

    def iter_account_findings(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """The account-level findings of this checker version's last analysis."""
        from sqlalchemy import select

        t = self.account_findings
        with self.engine.connect() as conn:
            for row in conn.execute(select(t.c.account, t.c.finding).where(t.c.checker_version == self.version)):
                yield row.account, json.loads(row.finding)

    def close(self) -> None:
        self.engine.dispose()
