"""Terminal rendering with rich: the post with spans highlighted, a panel per finding, a summary line.

Every string that can come from a post or a config is passed through
``terminal.safe`` and printed as ``Text`` (never parsed as Rich markup), so a
post can neither style nor hide what is shown, nor reach the terminal's
escape sequences.
"""
from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .present import WORST_FIRST, quote_label, segments
from .report import Report
from .severity import highest
from .terminal import safe

STYLE = {"ok": "green", "advice": "cyan", "review": "yellow", "block": "bold red"}
HIGHLIGHT = {"advice": "black on cyan", "review": "black on yellow", "block": "white on red"}


def render_report(console: Console, text: str, report: Report, *, quiet: bool = False) -> None:
    """The full report; with ``quiet``, the verdict and one line per finding. Always a closing summary."""
    text = safe(text)
    verdict = Text.assemble(("Verdict: ", "bold"), (report.verdict.upper(), STYLE[report.verdict]))
    if not report.findings:
        verdict.append("  no problems found with the code of conduct", style="dim")
    console.print(verdict)
    if quiet:
        for finding in report.findings:
            quoted = "; ".join(f"“{text[s:e]}”" for s, e in finding.spans)
            line = Text.assemble((finding.rule, "bold"), " · ", (finding.severity, STYLE[finding.severity]),
                                 f" · {safe(finding.title)}")
            if quoted:
                line.append(f" · {quoted}")
            console.print(line, soft_wrap=True)
    else:
        render_details(console, text, report)
    console.print(summary_line(report), soft_wrap=True)


def render_details(console: Console, text: str, report: Report) -> None:
    if report.findings:
        console.print(Panel(highlighted(text, report), title="Your post", title_align="left", border_style="dim"))
    for number, finding in enumerate(report.findings, start=1):
        body = [Text(safe(finding.explanation))]
        quoted = [text[s:e] for s, e in finding.spans]
        if quoted:
            body.append(Text.assemble(("Rests on: ", "bold"), "; ".join(f"“{q}”" for q in quoted)))
        for quote in (*finding.clauses, *finding.golden_rules):
            heading = f" ({quote.heading})" if quote.heading else ""
            body.append(Text.assemble((safe(f"{quote_label(quote.kind, quote.id)}{heading}: "), "bold"), (safe(f"“{quote.text}”"), "italic")))
        body.append(Text.assemble(("Instead: ", "bold green"), safe(finding.suggestion)))
        title = Text.assemble(f"{number}. ", (finding.rule, "bold"), " · ", (finding.severity, STYLE[finding.severity]),
                              f" · {safe(finding.title)}")
        console.print(Panel(Group(*body), title=title, title_align="left", border_style=STYLE[finding.severity]))
    if report.redacted_text:
        console.print(Panel(Text(safe(report.redacted_text)), title="Redacted version", title_align="left",
                            border_style="green"))


def summary_line(report: Report) -> Text:
    """One closing line: the verdict and the findings by severity, so it never scrolls away."""
    counts = Counter(f.severity for f in report.findings)
    line = Text.assemble(("postcheck: ", "bold"), (report.verdict.upper(), STYLE[report.verdict]))
    if not report.findings:
        return line.append(" · no findings")
    total = len(report.findings)
    parts = ", ".join(f"{counts[level]} {level}" for level in WORST_FIRST if counts[level])
    return line.append(f" · {total} finding{'s' if total != 1 else ''} ({parts})")


def highlighted(text: str, report: Report) -> Text:
    """The post with each stretch a finding rests on in the colour of the worst finding there."""
    out = Text(text)
    findings = report.findings
    for piece in segments(len(text), [f.spans for f in findings]):
        if piece.covered_by:
            out.stylize(HIGHLIGHT[highest(findings[i].severity for i in piece.covered_by)], piece.start, piece.end)
    return out


def rules_table(pack) -> Table:
    """Rule ids stay whole (``explain`` needs them); the other columns wrap to fit."""
    table = Table(title=Text(safe(f"Rules of {pack.title} ({pack.code})"), style="bold"), show_lines=False)
    widest = max((len(rule.id) for rule in pack.rules.values()), default=10)
    table.add_column("id", style="bold", no_wrap=True, min_width=widest)
    table.add_column("severity", overflow="fold")
    table.add_column("scope", overflow="fold")
    table.add_column("clauses", overflow="fold")
    table.add_column("golden rules", overflow="fold")
    table.add_column("detected by", overflow="fold")
    for rule in pack.rules.values():  # cells as Text: a rule pack's strings are never read as markup
        table.add_row(Text(safe(rule.id)), _severity_cell(rule), Text(safe(rule.scope)),
                      Text(safe(", ".join(q.id for q in rule.clauses) or "—")),
                      Text(safe(", ".join(q.id for q in rule.golden_rules) or "—")),
                      Text(safe(", ".join(sorted(rule.signals)))) if rule.signals else Text("(no detector yet)", "dim"))
    return table


def _severity_cell(rule) -> Text:
    """The severity the council's settings give ("off": not selected), with the pack's where they differ."""
    if not rule.enabled:
        return Text("off", "dim")
    cell = Text(rule.effective_severity, STYLE[rule.effective_severity])
    if rule.override and rule.override != rule.severity:
        cell.append(f" (pack: {rule.severity})", style="dim")
    return cell
