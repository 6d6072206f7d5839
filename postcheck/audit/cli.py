"""``postcheck audit``: check every post of many accounts, resumably, and report; record the team's decisions.

``postcheck audit INPUT...`` runs an audit (``audit run`` spelled out);
``audit mark`` and ``audit decisions`` record and use a team's decisions on
findings (see review.py).
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperGroup


class AuditGroup(TyperGroup):
    """``postcheck audit INPUT...`` means ``postcheck audit run INPUT...``; named subcommands work as usual."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["run", *args]
        return super().parse_args(ctx, args)


audit_app = typer.Typer(cls=AuditGroup, no_args_is_help=True, add_completion=False,
                        help="Audit whole accounts: postcheck audit INPUT... (its options: postcheck audit run "
                             "--help); record and use a team's decisions on findings.")
decisions_app = typer.Typer(no_args_is_help=True, add_completion=False,
                            help="Decisions on findings: import a file exported from report.html; export labelled posts.")
audit_app.add_typer(decisions_app, name="decisions")


class AuditFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class AuditFailOn(str, Enum):
    never = "never"
    advice = "advice"
    review = "review"
    block = "block"


class DecisionKind(str, Enum):
    reviewed = "reviewed"
    false_alarm = "false-alarm"
    actioned = "actioned"


OutOption = typer.Option(Path("audit-out"), "--out", "-o", help="The audit's folder (its results.sqlite).")
DbOption = typer.Option(None, "--db", help="Results database URL, if not the SQLite file in --out.", show_default=False)


@audit_app.command("run")
def audit(
    inputs: List[Path] = typer.Argument(..., metavar="INPUT...", help="JSONL, CSV, an X archive (.zip or tweets.js) or a Facebook export (folder or JSON)."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Council settings (TOML). Default: $POSTCHECK_CONFIG, else postcheck.toml in this folder or a parent, else the user config folder.", show_default=False),
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
    select: Optional[str] = typer.Option(None, "--select", help="Run only these rules: ids or prefixes, comma-separated; replaces [rules] select.", show_default=False),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="Do not run these rules: ids or prefixes, comma-separated; added to [rules] ignore.", show_default=False),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="An earlier audit's folder, findings.csv or decisions file: show only new findings (and leave out those decided on).", show_default=False),
    fail_on: AuditFailOn = typer.Option(AuditFailOn.never, "--fail-on", help="Exit 1 when a finding shown (not a false alarm) is at or above this severity."),
) -> None:
    """Audit whole accounts: every post checked, account-level patterns, report.html and findings.csv.

    Interrupt it at any point and run the same command again: it continues
    where it stopped, and every post ends up with exactly one result.
    """
    from ..cli_support import fail
    from ..errors import PostcheckError
    from ..severity import RANK
    from .app import AuditOptions, print_summary, run
    from .readers import CsvColumns
    from .terminal import safe

    if engine is Engine.dask and not scheduler:
        raise fail("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    options = AuditOptions(
        inputs=list(inputs), out=out, config=config, workers=workers, db=db, engine=engine.value, scheduler=scheduler,
        columns=CsvColumns(text=text_column, id=id_column, author=author_column, date=date_column), page=page, encoding=encoding,
        chunk_size=chunk_size, select=select, ignore=ignore, jsonl=sys.stdout if output is AuditFormat.jsonl else None,
        baseline=baseline,
    )
    try:
        summary = run(options)
    except KeyboardInterrupt:
        print("postcheck audit: interrupted; run the same command again to continue", file=sys.stderr)
        raise typer.Exit(130) from None
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        raise fail(safe(f"{where}{(exc.strerror or str(exc)).lower()}")) from None
    except (PostcheckError, RuntimeError) as exc:
        raise fail(safe(str(exc).splitlines()[0]) if str(exc) else type(exc).__name__) from None
    print_summary(summary)
    if fail_on is not AuditFailOn.never and RANK[summary.worst] >= RANK[fail_on.value]:
        raise typer.Exit(1)


@audit_app.command("mark")
def mark(
    fingerprints: List[str] = typer.Argument(..., metavar="FINGERPRINT...", help="From findings.csv or report.html."),
    decision: DecisionKind = typer.Option(..., "--as", help="reviewed, false-alarm or actioned."),
    note: str = typer.Option("", "--note", help="Why (kept with the decision)."),
    out: Path = OutOption,
    db: Optional[str] = DbOption,
) -> None:
    """Record a decision on findings of an audit (the latest decision on a finding wins)."""
    from .review import Decision, DecisionsError, check_fingerprint

    def work(store):
        known = _known_findings(store)
        wanted = [check_fingerprint(f) for f in fingerprints]
        missing = [f for f in wanted if f not in known]
        if missing:
            raise DecisionsError(f"no finding with fingerprint {missing[0]} in this audit")
        count = store.save_decisions(Decision(f, decision.value, note, *known[f]) for f in wanted)
        print(f"postcheck audit: {count} finding(s) marked {decision.value}", file=sys.stderr)

    _with_store(out, db, work)


@decisions_app.command("import")
def import_decisions(
    path: Path = typer.Argument(..., metavar="FILE", help="postcheck-decisions.json, exported from report.html."),
    out: Path = OutOption,
    db: Optional[str] = DbOption,
) -> None:
    """Import the decisions made in report.html into the audit's results store."""
    from collections import Counter

    from .review import read_decisions_file

    def work(store):
        items = read_decisions_file(path)
        known = _known_findings(store)
        unknown = sum(d.fingerprint not in known for d in items)
        count = store.save_decisions(items)
        kinds = Counter(d.decision for d in items)
        detail = ", ".join(f"{kinds[k]} {k}" for k in ("reviewed", "false-alarm", "actioned") if kinds[k])
        extra = f"; {unknown} not among this audit's findings (kept for later runs)" if unknown else ""
        print(f"postcheck audit: {count} decision(s) imported ({detail or 'none'}){extra}", file=sys.stderr)

    _with_store(out, db, work)


@decisions_app.command("export-eval")
def export_eval(
    path: Path = typer.Argument(..., metavar="OUT.jsonl", help="Where to write the labelled posts."),
    out: Path = OutOption,
    db: Optional[str] = DbOption,
) -> None:
    """Posts with decisions, labelled for ``postcheck eval``: confirmed findings expected, false alarms not."""
    from .private import private_open
    from .review import eval_export

    def work(store):
        with private_open(path, "w", encoding="utf-8") as handle:
            count = eval_export(store.iter_results(flagged_only=True), store.load_decisions(), handle)
        print(f"postcheck audit: {count} labelled post(s) written to {path}; run: postcheck eval {path}", file=sys.stderr)

    _with_store(out, db, work)


def _known_findings(store) -> dict[str, tuple[str, str]]:
    """Fingerprint -> (rule, post id or account) for every finding of this audit."""
    from .review import account_fingerprint, post_findings

    known = {item.fingerprint: (item.finding["rule"], item.result.post_id)
             for item in post_findings(store.iter_results(flagged_only=True))}
    for account, finding in store.iter_account_findings():
        known[account_fingerprint(account, finding)] = (finding["rule"], "")
    return known


def _with_store(out: Path, db: Optional[str], work) -> None:
    """Open the audit's store (which must exist), run ``work``, report errors in one line."""
    from .. import __version__
    from ..cli_support import fail
    from ..errors import PostcheckError
    from .store import ResultStore, sqlite_url
    from .terminal import safe

    if db is None and not (out / "results.sqlite").is_file():
        raise fail(safe(f"{out}: no audit results here (run postcheck audit first, or give --out/--db)"))
    try:
        store = ResultStore(db or sqlite_url(out), __version__)
        store.version = store.latest_version() or store.version  # the results of the last audit run, whatever its settings
        try:
            work(store)
        finally:
            store.close()
    except PostcheckError as exc:
        raise fail(safe(str(exc))) from None


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
