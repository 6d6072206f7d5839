"""Terminal rendering with rich: the post with spans highlighted, a panel per finding."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .report import Report

STYLE = {"ok": "green", "advice": "cyan", "review": "yellow", "block": "bold red"}
HIGHLIGHT = {"advice": "black on cyan", "review": "black on yellow", "block": "white on red"}


def render_report(console: Console, text: str, report: Report) -> None:
    verdict = Text.assemble(("Verdict: ", "bold"), (report.verdict.upper(), STYLE[report.verdict]))
    if not report.findings:
        verdict.append("  no problems found with the code of conduct", style="dim")
    console.print(verdict)
    if report.findings:
        console.print(Panel(highlighted(text, report), title="Your post", title_align="left", border_style="dim"))
    for number, finding in enumerate(report.findings, start=1):
        body = [Text(finding.explanation)]
        quoted = [text[s:e] for s, e in finding.spans]
        if quoted:
            body.append(Text.assemble(("Rests on: ", "bold"), "; ".join(f"“{q}”" for q in quoted)))
        for quote in (*finding.clauses, *finding.golden_rules):
            label = f"{quote.id}" if quote.kind == "golden_rule" else f"Clause {quote.id}"
            heading = f" ({quote.heading})" if quote.heading else ""
            body.append(Text.assemble((f"{label}{heading}: ", "bold"), (f"“{quote.text}”", "italic")))
        body.append(Text.assemble(("Instead: ", "bold green"), finding.suggestion))
        title = Text.assemble(f"{number}. ", (finding.rule, "bold"), " · ", (finding.severity, STYLE[finding.severity]),
                              f" · {finding.title}")
        console.print(Panel(Group(*body), title=title, title_align="left", border_style=STYLE[finding.severity]))
    if report.redacted_text:
        console.print(Panel(report.redacted_text, title="Redacted version", title_align="left", border_style="green"))


def highlighted(text: str, report: Report) -> Text:
    out = Text(text)
    for finding in sorted(report.findings, key=lambda f: ["advice", "review", "block"].index(f.severity)):
        for start, end in finding.spans:
            out.stylize(HIGHLIGHT[finding.severity], start, end)
    return out


def rules_table(pack) -> Table:
    table = Table(title=f"Rules of {pack.title} ({pack.code})", show_lines=False)
    table.add_column("id", style="bold")
    table.add_column("severity")
    table.add_column("scope")
    table.add_column("clauses")
    table.add_column("golden rules")
    table.add_column("detected by")
    for rule in pack.rules.values():
        table.add_row(rule.id, _severity_cell(rule), rule.scope,
                      ", ".join(q.id for q in rule.clauses) or "—",
                      ", ".join(q.id for q in rule.golden_rules) or "—",
                      ", ".join(sorted(rule.signals)) or Text("(no detector yet)", "dim"))
    return table


def _severity_cell(rule) -> Text:
    """The severity the council's settings give ("off": not selected), with the pack's where they differ."""
    if not rule.enabled:
        return Text("off", "dim")
    cell = Text(rule.effective_severity, STYLE[rule.effective_severity])
    if rule.override and rule.override != rule.severity:
        cell.append(f" (pack: {rule.severity})", style="dim")
    return cell
