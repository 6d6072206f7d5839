"""``postcheck eval-pii``: the personal-data detector's own figures (its speed: ``benchmarks/pii_speed.py``)."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer


class PiiFormat(str, Enum):
    synth = "synth"
    posts = "posts"


def register(app: typer.Typer) -> None:
    from ..cli_support import fail
    from ..errors import PostcheckError

    @app.command(name="eval-pii")
    def eval_pii(
        data: Path = typer.Argument(..., help="Labelled data: Presidio Research's synth_dataset_v2.json, or JSONL posts with entity spans."),
        data_format: PiiFormat = typer.Option(PiiFormat.posts, "--format", help="synth or posts"),
        config: Optional[Path] = typer.Option(None, "--config", "-c", help="Council settings (TOML) for the allow-list."),
        exact: bool = typer.Option(False, "--exact", help="Count a match only on identical spans (default: overlapping)."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
        mistakes: bool = typer.Option(False, "--mistakes", help="List missed and spurious entities."),
    ) -> None:
        """Entity-level precision, recall and F2 of the personal-data detector."""
        from .evaluate import evaluate

        try:
            results = evaluate(data, data_format.value, config, exact=exact)
        except PostcheckError as exc:
            raise fail(str(exc)) from None
        if as_json:
            print(json.dumps({group: r.to_dict() for group, r in results.items()}, indent=2))
            return
        _print_tables(results, mistakes)


def _print_tables(results, show_mistakes: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for group, result in results.items():
        table = Table(title=f"personal data, entity level: {group}")
        for column in ("type", "tp", "fp", "fn", "precision", "recall", "F2"):
            table.add_column(column, justify="left" if column == "type" else "right")
        rows = sorted(result.per_type.items()) + [("micro", result.micro)]
        for name, counts in rows:
            table.add_row(name, str(counts.tp), str(counts.fp), str(counts.fn), f"{counts.precision:.3f}",
                          f"{counts.recall:.3f}", f"{counts.f_beta(2):.3f}")
        console.print(table)
        if show_mistakes and group == "all":
            for m in result.mistakes:
                console.print(f"  {m['kind']} {m['type']} {m['id']}: {m['text']!r}", highlight=False)
