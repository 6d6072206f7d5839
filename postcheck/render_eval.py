"""Terminal tables for ``postcheck eval``."""
from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .evaluation import EvalResult
from .severity import LEVELS
from .terminal import safe


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.2f}"


def render_eval(console: Console, result: EvalResult, show_mistakes: bool = False) -> None:
    # fits 80 columns: rule ids whole, every figure whole (short headers, no column may shrink)
    table = Table(title=f"Per-rule scores on {result.posts} posts", box=box.SIMPLE_HEAD)
    widest = max((len(rule) for rule in result.per_rule), default=20)
    table.add_column("rule", min_width=min(widest, 40), overflow="fold")
    for column in ("n", "TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(column, justify="right", no_wrap=True, min_width=4 if column in ("P", "R", "F1") else 1)
    for rule, score in sorted(result.per_rule.items()):
        table.add_row(Text(safe(rule)), str(score.tp + score.fn), str(score.tp), str(score.fp), str(score.fn),
                      _fmt(score.precision), _fmt(score.recall), _fmt(score.f1))
    micro, macro = result.micro, result.macro()
    table.add_section()
    table.add_row("micro average", str(micro.tp + micro.fn), str(micro.tp), str(micro.fp), str(micro.fn),
                  _fmt(micro.precision), _fmt(micro.recall), _fmt(micro.f1))
    table.add_row("macro average (with support)", "", "", "", "", _fmt(macro["precision"]), _fmt(macro["recall"]),
                  _fmt(macro["f1"]))
    console.print(table)
    matrix = Table(title="Verdicts (rows: expected, columns: predicted)")
    matrix.add_column("expected \\ predicted")
    for level in LEVELS:
        matrix.add_column(level, justify="right")
    for gold in LEVELS:
        matrix.add_row(gold, *(str(result.confusion[gold][pred]) for pred in LEVELS))
    console.print(matrix)
    summary = result.verdict_summary()
    console.print(
        f"exact verdicts {summary['exact']}/{result.posts}; ok posts flagged above ok: {summary['ok_over_flagged']} "
        f"({_fmt(summary['ok_over_flagged_share'])}); ok posts blocked: {summary['ok_blocked']}; review/block posts "
        f"under-called: {summary['serious_under_called']} ({_fmt(summary['serious_under_called_share'])})"
    )
    if show_mistakes:
        for mistake in result.mistakes:
            console.print(Text(safe(f"  {mistake['id']}: expected {mistake['expected']}, got {mistake['predicted']}; "
                                    f"false +{mistake['false_positives']} false −{mistake['false_negatives']}")),
                          highlight=False)
