"""One audit from start to finish: read, check (resumably), analyse accounts, write outputs."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .. import __version__
from ..config import load_config
from ..severity import highest
from .private import private_dir, private_touch
from .readers import CsvColumns, read_inputs
from .review import ReviewState, account_fingerprint, post_findings, read_baseline
from .runner import Counts, DaskEngine, LocalEngine, run_audit
from .store import ResultStore, sqlite_url
from .terminal import safe


@dataclass
class AuditOptions:
    inputs: list[Path]
    out: Path
    config: Path | None = None
    workers: int = 1
    db: str | None = None
    engine: str = "local"
    scheduler: str | None = None
    columns: CsvColumns = field(default_factory=CsvColumns)
    page: str | None = None
    encoding: str | None = None
    chunk_size: int = 256
    select: str | None = None
    ignore: str | None = None
    jsonl: TextIO | None = None
    dask_client: Any = None
    #: an earlier run's folder, findings.csv or decisions file: show only findings not in it (nor decided on)
    baseline: Path | None = None


@dataclass
class AuditSummary:
    counts: Counts
    seconds: float
    account_findings: int
    out: Path
    config: str = ""  # the council and the config file used (Config.describe)
    #: the worst severity among the findings shown that are not marked false alarms ("ok" if none)
    worst: str = "ok"
    new_findings: int | None = None


def run(options: AuditOptions, progress=None) -> AuditSummary:
    from ..assembly import load_pack
    from ..people import People
    from .html import write_html
    from .outputs import analyse_store, write_findings_csv, write_jsonl
    from .progress import Progress, estimate_total

    config = load_config(options.config)
    config.rules = config.rules.with_flags(options.select, options.ignore)
    baseline = read_baseline(options.baseline) if options.baseline else None  # a bad path fails before any work
    pack = load_pack(config)
    private_dir(options.out)
    if not options.db:
        private_touch(options.out / "results.sqlite")  # SQLite gives its -wal and -shm files the same mode
    store = ResultStore(options.db or sqlite_url(options.out), results_version(config))
    if options.engine == "dask":
        engine = DaskEngine(config, options.scheduler, client=options.dask_client)
    else:
        engine = LocalEngine(config, options.workers)
    try:
        if hasattr(engine, "warm_up"):
            engine.warm_up()  # every worker's models loaded before the clock starts
        progress = progress or Progress(estimate_total(options.inputs))  # the rate counts checking, not loading
        try:
            records = read_inputs(options.inputs, options.columns, options.page, options.encoding)
            counts = run_audit(records, store, engine, config, chunk_size=options.chunk_size,
                               on_progress=progress.advance, on_reject=lambda m: progress.log(f"rejected: {m}"),
                               on_warning=lambda m: progress.log(f"warning: {m}"))
        finally:
            seconds = progress.stop()
    finally:
        engine.close()
    findings, summaries = analyse_store(store, pack, People(config), config.timezone)
    review = ReviewState(store.load_decisions(), baseline)
    worst, shown = worst_shown(store, findings, review)
    write_findings_csv(store, findings, options.out / "findings.csv", review)
    totals = {"read": counts.read, "checked": counts.checked, "rejected": counts.rejected, "version": __version__,
              "duplicate_ids": counts.duplicate_ids, "warnings": counts.warnings[:50], "config": config.describe()}
    write_html(options.out / "report.html", store, summaries, findings, totals,
               f"Social media audit · {config.council_name}", config.timezone, review)
    if options.jsonl is not None:
        write_jsonl(store, findings, sorted(summaries), options.jsonl)
    store.close()
    return AuditSummary(counts, seconds, len(findings), options.out, config=config.describe(), worst=worst,
                        new_findings=shown if options.baseline else None)


def worst_shown(store: ResultStore, findings, review: ReviewState) -> tuple[str, int]:
    """The worst severity that counts for --fail-on, and how many findings are shown."""
    worst, shown = "ok", 0
    for item in post_findings(store.iter_results(flagged_only=True)):
        if review.shown(item.fingerprint):
            shown += 1
        if review.fails(item.fingerprint):
            worst = highest([worst, item.finding["severity"]])
    for item in findings:
        fingerprint = account_fingerprint(item.account, item.to_dict())
        if review.shown(fingerprint):
            shown += 1
        if review.fails(fingerprint):
            worst = highest([worst, item.finding.severity])
    return worst, shown


def results_version(config) -> str:
    """What stored results are valid for: the checker's version and the council's rule settings,
    so changing [rules] or --select/--ignore checks every post again."""
    rules = config.rules.fingerprint()
    return f"{__version__}+rules.{rules}" if rules else __version__


def summary_line(summary: AuditSummary) -> str:
    c = summary.counts
    rate = c.checked_now / summary.seconds if summary.seconds > 0 else 0.0
    return (f"postcheck audit: {c.read:,} {_posts(c.read)} read = {c.checked:,} checked ({c.checked_now:,} this run, "
            f"{c.checked_before:,} earlier) + {c.rejected:,} rejected; {summary.account_findings} account-level "
            f"findings; {rate:,.1f} posts/s; results in {safe(str(summary.out))}"
            + (f"; {safe(summary.config)}" if summary.config else "") + baseline_note(summary)
            + duplicate_warning(c))


def _posts(n: int) -> str:
    return "post" if n == 1 else "posts"


def baseline_note(summary: AuditSummary) -> str:
    if summary.new_findings is None:
        return ""
    return f"; {summary.new_findings:,} new findings (not in the baseline, not decided on)"


def duplicate_warning(counts: Counts) -> str:
    """The summary's warning when one post id was read with different texts (never silently doubled)."""
    if not counts.duplicate_ids:
        return ""
    return (f"\npostcheck audit: warning: {counts.duplicate_ids:,} post(s) reuse an id already read with a different "
            f"text (first: {safe(counts.warnings[0])})")


def print_summary(summary: AuditSummary, stream: TextIO | None = None) -> None:
    print(summary_line(summary), file=stream or sys.stderr, flush=True)
