"""The rule table as GitHub markdown, for a README or a council's own documentation.

``postcheck rules --format markdown`` prints it; the README's rule table is
this output, so the documentation cannot drift from the pack. A signal is
shown by name only: the severity it raises the rule at is the pack's detail,
shown by ``postcheck explain``.
"""
from __future__ import annotations

from .terminal import safe

HEADER = ("rule", "title", "severity", "scope", "code clauses", "golden rules / policy", "raised by")


def rules_markdown(pack) -> str:
    """One row per rule, in the pack's order; the table's last line ends without a newline."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for rule in pack.rules.values():
        cells = (_code(rule.id), _cell(rule.title), _severity(rule), _cell(rule.scope),
                 _cell(", ".join(q.id for q in rule.clauses) or "—"),
                 _cell(", ".join(q.id for q in rule.golden_rules) or "—"),
                 ", ".join(_code(signal) for signal in sorted(rule.signals)) or "(no detector yet)")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _severity(rule) -> str:
    """As the text table shows it: "off" when not selected, the pack's severity beside an override."""
    if not rule.enabled:
        return "off"
    if rule.override and rule.override != rule.severity:
        return _cell(f"{rule.effective_severity} (pack: {rule.severity})")
    return _cell(rule.effective_severity)


def _cell(text: str) -> str:
    """One table cell: a ``|`` or backslash escaped, so the text shows as written."""
    return _one_line(text).replace("\\", "\\\\").replace("|", "\\|")


def _code(text: str) -> str:
    """A rule id or signal name as code (no escapes work in code but the table's ``\\|``)."""
    if "`" in text:
        return _cell(text)
    return "`" + _one_line(text).replace("|", "\\|") + "`"


def _one_line(text: str) -> str:
    """Whitespace runs and newlines to one space; control characters visible (``terminal.safe``)."""
    return safe(" ".join(str(text).split()))
