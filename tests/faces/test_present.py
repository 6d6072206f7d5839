"""present.py: what the faces show alike (rule JSON, quote labels, severity order, highlighted stretches),
and the faces drawing it: the terminal report, the audit's report.html, the rules JSON of CLI and API."""
from __future__ import annotations

import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from postcheck.present import WORST_FIRST, Segment, marked_runs, quote_label, rule_dict, segments
from postcheck.report import Finding, Report
from postcheck.severity import SEVERITIES


def finding(rule: str, severity: str, *spans: tuple[int, int]) -> Finding:
    return Finding(rule=rule, title=rule, severity=severity, spans=list(spans), clauses=[], golden_rules=[],
                   explanation="why", suggestion="instead")


# --- segments -----------------------------------------------------------------------------

def test_segments_cut_the_text_at_every_span_edge_and_name_what_covers_each_piece():
    pieces = segments(12, [[(2, 6)], [(4, 9), (10, 11)]])
    assert pieces == [Segment(0, 2), Segment(2, 4, (0,)), Segment(4, 6, (0, 1)), Segment(6, 9, (1,)),
                      Segment(9, 10), Segment(10, 11, (1,)), Segment(11, 12)]


def test_segments_cover_the_whole_text_once_in_order():
    pieces = segments(20, [[(3, 7), (5, 15)], [(0, 20)], [(15, 16)]])
    assert pieces[0].start == 0 and pieces[-1].end == 20
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:]))


@pytest.mark.parametrize("spans", [[(5, 3)], [(4, 4)], [(-1, 2)], [(8, 11)], [(20, 30)]],
                         ids=["backwards", "empty", "before", "past-end", "beyond"])
def test_spans_that_do_not_fit_the_text_are_left_out(spans):
    assert segments(10, [spans]) == [Segment(0, 10)]


def test_no_text_no_segments():
    assert segments(0, [[(0, 1)]]) == []


def test_marked_runs_join_touching_and_overlapping_stretches_and_keep_gaps():
    runs = marked_runs(segments(12, [[(0, 3)], [(3, 5), (2, 4)], [(7, 9)]]))
    assert runs == [Segment(0, 5, (0, 1)), Segment(5, 7), Segment(7, 9, (2,)), Segment(9, 12)]


# --- severity order and labels ---------------------------------------------------------------

def test_severities_mildest_first_and_worst_first():
    assert SEVERITIES == ("advice", "review", "block") and WORST_FIRST == ("block", "review", "advice")


def test_quote_labels():
    assert quote_label("clause", "4.1") == "Clause 4.1"
    assert quote_label("golden_rule", "Don't post in haste") == "Don't post in haste"


# --- the terminal ------------------------------------------------------------------------------

def test_the_terminal_colours_each_stretch_by_the_worst_finding_there():
    from postcheck.render import HIGHLIGHT, highlighted, summary_line

    text = "Cllr Jones is a lying idiot and a thief"
    report = Report.from_findings([finding("a", "advice", (0, 20)), finding("b", "block", (10, 27)),
                                   finding("c", "review", (5, 12), (33, 38))])
    styled = highlighted(text, report)
    style_at = {i: [str(s.style) for s in styled.spans if s.start <= i < s.end] for i in range(len(text))}
    assert style_at[2] == [HIGHLIGHT["advice"]]
    assert style_at[7] == [HIGHLIGHT["review"]]
    assert style_at[15] == style_at[26] == [HIGHLIGHT["block"]]
    assert style_at[30] == [] and style_at[35] == [HIGHLIGHT["review"]]
    assert summary_line(report).plain == "postcheck: BLOCK · 3 findings (1 block, 1 review, 1 advice)"


def test_the_terminal_report_quotes_clauses_by_their_label():
    from postcheck.render import render_report
    from postcheck.rules.pack import Quote

    quotes = [Quote(id="3.1", kind="clause", heading="Respect", passages=("Treat people with respect.",)),
              Quote(id="Think before you post", kind="golden_rule", heading="", passages=("Pause.",))]
    item = finding("respect.personal-attack", "review", (0, 4))
    item.clauses, item.golden_rules = quotes[:1], quotes[1:]
    console = Console(width=120, record=True, color_system=None)
    render_report(console, "Rude words here", Report.from_findings([item]))
    out = console.export_text()
    assert "Clause 3.1 (Respect): “" in out and "Think before you post: “Pause.”" in out


# --- the audit's report.html ----------------------------------------------------------------------

def test_the_audit_page_marks_each_stretch_once_with_the_rules_on_it():
    from postcheck.audit.html import highlight

    findings = [{"rule": "respect.insult", "spans": [[18, 23]]}, {"rule": "respect.lying", "spans": [[10, 23]]},
                {"rule": "bad", "spans": [[40, 50]]}, {"rule": "data-protection.phone", "spans": [[30, 35]]}]
    html = highlight("Cllr <b>J a lying idiot, ring 07700 now", findings)
    assert html == ("Cllr &lt;b&gt;J <mark title='respect.insult, respect.lying'>a lying idiot</mark>, ring "
                    "<mark title='data-protection.phone'>07700</mark> now")


def test_the_audit_page_colours_come_from_one_table():
    from postcheck.audit.html import COLOURS, CSS

    for severity, colour in COLOURS.items():
        assert f".sev-{severity}{{background:{colour}}}" in CSS


# --- the JSON of a rule: the same in the CLI and the API ------------------------------------------

def test_rules_json_of_the_cli_is_present_rule_dict_and_fits_the_api_model(checker):
    pytest.importorskip("fastapi")
    from postcheck.cli import app
    from postcheck.server.models import RuleOut

    result = CliRunner().invoke(app, ["rules", "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    from postcheck.cli import pack_for, settings

    assert shown == json.loads(json.dumps([rule_dict(r) for r in pack_for(settings(None)).rules.values()]))
    for rule in checker.rule_pack.rules.values():
        RuleOut.model_validate(rule_dict(rule))


def test_the_api_serves_the_same_rule_json(checker):
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from postcheck.server.app import create_app

    rule = next(iter(checker.rule_pack.rules.values()))
    with TestClient(create_app(checker=checker)) as client:
        answer = client.get(f"/v1/rules/{rule.id}")
    assert answer.status_code == 200 and answer.json() == json.loads(json.dumps(rule_dict(rule)))
