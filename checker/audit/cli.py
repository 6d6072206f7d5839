"""``postcheck audit``: check every post of many accounts, resumably, and report."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer


class AuditFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def audit(
    inputs: List[Path] = typer.Argument(..., metavar="INPUT...", help="JSONL, CSV, an X archive (.zip or tweets.js) or a Facebook export (folder or JSON)."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Council settings (TOML). Default: ./postcheck.toml if present.", show_default=False),
    out: Path = typer.Option(Path("audit-out"), "--out", "-o", help="Folder for the results database, report.html and findings.csv."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (each loads the models once)."),
    output: AuditFormat = typer.Option(AuditFormat.text, "--format", help="jsonl: one report per post, then one line per account, on stdout."),
    db: Optional[str] = typer.Option(None, "--db", help="Results database URL (postgresql://…). Default: SQLite in --out.", show_default=False),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local processes, or dask on a cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (with --engine dask).", show_default=False),
    text_column: str = typer.Option("text", "--text-column", help="CSV column with the post text."),
    id_column: str = typer.Option("id", "--id-column", help="CSV column with the post id."),
    author_column: str = typer.Option("author", "--author-column", help="CSV column with the author/handle."),
    date_column: str = typer.Option("created_at", "--date-column", help="CSV column with the ISO 8601 date."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="The inputs' text encoding (e.g. cp1252). Default: detected (a BOM, UTF-8, or the legacy encoding charset-normalizer finds).", show_default=False),
    page: Optional[str] = typer.Option(None, "--page", help="Whose page a Facebook export's comments are on (default: the export's owner).", show_default=False),
    chunk_size: int = typer.Option(256, "--chunk-size", min=1, help="Posts per unit of work (and per database transaction)."),
) -> None:
    """Audit whole accounts: every post checked, account-level patterns, report.html and findings.csv.

    Interrupt it at any point and run the same command again: it continues
    where it stopped, and every post ends up with exactly one result.
    """
    from ..cli import USER_ERRORS, fail
    from .app import AuditOptions, print_summary, run
    from .readers import CsvColumns, InputError
    from .store import StoreError
    from .terminal import safe

    if engine is Engine.dask and not scheduler:
        raise fail("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    options = AuditOptions(
        inputs=list(inputs), out=out, config=config, workers=workers, db=db, engine=engine.value, scheduler=scheduler,
        columns=CsvColumns(text=text_column, id=id_column, author=author_column, date=date_column), page=page, encoding=encoding,
        chunk_size=chunk_size, jsonl=sys.stdout if output is AuditFormat.jsonl else None,
    )
    try:
        summary = run(options)
    except KeyboardInterrupt:
        print("postcheck audit: interrupted; run the same command again to continue", file=sys.stderr)
        raise typer.Exit(130) from None
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        raise fail(safe(f"{where}{(exc.strerror or str(exc)).lower()}")) from None
    except (*USER_ERRORS, InputError, StoreError, RuntimeError) as exc:
        raise fail(safe(str(exc).splitlines()[0]) if str(exc) else type(exc).__name__) from None
    print_summary(summary)


def register(app: typer.Typer) -> None:
    app.command(name="audit")(audit)
