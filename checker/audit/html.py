"""report.html: one self-contained page for a communications team (no network needed).

Per account: posts, findings by rule and severity, a chart of findings over
time and one by rule (inline SVG). Then the account-level findings and the
posts needing action, worst first, with the spans highlighted, the clause
texts and the suggestions, filterable by account, rule and severity.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any, Iterable

from ..severity import LEVELS, RANK
from .accounts import AccountFinding
from .outputs import AccountSummary
from .private import private_open
from .store import ResultStore

MAX_POSTS = 2000
COLOURS = {"advice": "#2f6db5", "review": "#c47f00", "block": "#b3261e", "ok": "#3b7d3b"}

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header{background:#1f2a44;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
main{padding:18px 28px;max-width:1200px}h2{margin-top:28px;border-bottom:2px solid #ddd;padding-bottom:4px}
.accounts{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:14px}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 14px;margin-bottom:12px}
.card h3{margin:0 0 6px;font-size:16px}table{border-collapse:collapse;font-size:13px;width:100%}
td,th{border-bottom:1px solid #eee;padding:3px 4px;text-align:left}table{table-layout:fixed}td:first-child,th:first-child{width:52%;overflow-wrap:anywhere}th .sev{font-size:10px;padding:0 3px}
.sev{display:inline-block;border-radius:4px;padding:0 6px;color:#fff;font-size:12px;font-weight:600;text-transform:uppercase}
.sev-advice{background:#2f6db5}.sev-review{background:#c47f00}.sev-block{background:#b3261e}.sev-ok{background:#3b7d3b}
mark{background:#ffe08a;padding:0 1px;border-radius:2px}.text{white-space:pre-wrap;background:#fafafa;border-left:3px solid #ccc;padding:6px 10px;margin:6px 0}
blockquote{margin:4px 0 4px 10px;color:#444;font-style:italic;font-size:13px}.meta{color:#666;font-size:12px}
.filters{position:sticky;top:0;background:#f6f6f4;padding:8px 0;z-index:2;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.filters select{font-size:14px;padding:3px}.hidden{display:none}.suggestion{color:#1f5e2e}
svg text{font-size:10px;fill:#333}.note{color:#666;font-style:italic}
"""

SCRIPT = """
(function(){
  var sels = {account: document.getElementById('f-account'), rule: document.getElementById('f-rule'),
              severity: document.getElementById('f-severity')};
  function apply(){
    var a = sels.account.value, r = sels.rule.value, s = sels.severity.value, shown = 0;
    document.querySelectorAll('.item').forEach(function(el){
      var ok = (!a || el.dataset.account === a) && (!r || (' ' + el.dataset.rules + ' ').indexOf(' ' + r + ' ') >= 0)
               && (!s || (' ' + el.dataset.severities + ' ').indexOf(' ' + s + ' ') >= 0);
      el.classList.toggle('hidden', !ok); if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown;
  }
  Object.keys(sels).forEach(function(k){ sels[k].addEventListener('change', apply); });
  apply();
})();
"""


def write_html(path: Path, store: ResultStore, summaries: dict[str, AccountSummary], findings: list[AccountFinding],
               counts: dict[str, Any], title: str) -> None:
    with private_open(path, "w", encoding="utf-8") as out:
        out.write(f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
                  f"<meta name='viewport' content='width=device-width,initial-scale=1'><style>{CSS}</style></head><body>")
        out.write(f"<header><h1>{escape(title)}</h1><div>{_counts_line(counts)}</div></header><main>")
        out.write(_warnings(counts))
        out.write("<h2>Accounts</h2><div class='accounts'>")
        for account in sorted(summaries, key=lambda a: (-_weight(summaries[a]), a)):
            out.write(_account_card(account, summaries[account]))
        out.write("</div>")
        rules = sorted({r for s in summaries.values() for r in s.by_rule})
        out.write("<h2>Needing action</h2>" + _filters(sorted(summaries), rules))
        if findings:
            out.write("<h3>Account-level findings</h3>")
            for item in sorted(findings, key=lambda f: (-RANK[f.finding.severity], f.account, f.finding.rule)):
                out.write(_account_finding(item))
        out.write("<h3>Posts, worst first</h3>")
        written = 0
        for result in store.iter_results(order="worst", flagged_only=True, limit=MAX_POSTS):
            out.write(_post_card(result.account, result.post_id, result.post, result.report))
            written += 1
        if written == 0:
            out.write("<p class='note'>No post needs action.</p>")
        elif written == MAX_POSTS:
            out.write(f"<p class='note'>Only the worst {MAX_POSTS:,} posts are shown here; findings.csv lists them all.</p>")
        out.write(f"</main><script>{SCRIPT}</script></body></html>")


def _counts_line(counts: dict[str, Any]) -> str:
    return escape(f"{counts.get('read', 0):,} posts read · {counts.get('checked', 0):,} checked · "
                  f"{counts.get('rejected', 0):,} rejected · checker {counts.get('version', '')}")


def _warnings(counts: dict[str, Any]) -> str:
    """Post ids read with more than one text: each is checked, and the team should know."""
    if not counts.get("duplicate_ids"):
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in counts.get("warnings", []))
    return (f"<section class='card warnings' role='alert'><b>Warning:</b> {counts['duplicate_ids']:,} post(s) reuse an id "
            f"already read with a different text; each text is checked and listed separately.<ul>{items}</ul></section>")


def _weight(summary: AccountSummary) -> int:
    return sum(RANK[sev] * n for (_, sev), n in summary.by_rule_severity.items())


def _account_card(account: str, summary: AccountSummary) -> str:
    rows = "".join(
        f"<tr><td>{escape(rule)}</td>" + "".join(
            f"<td>{summary.by_rule_severity.get((rule, sev), 0) or ''}</td>" for sev in LEVELS[1:]) + "</tr>"
        for rule in sorted(summary.by_rule, key=lambda r: -summary.by_rule[r]))
    table = (f"<table><tr><th>rule</th>" + "".join(f"<th><span class='sev sev-{s}'>{s}</span></th>" for s in LEVELS[1:])
             + f"</tr>{rows}</table>") if rows else "<p class='note'>No findings.</p>"
    verdicts = " · ".join(f"{summary.verdicts.get(v, 0):,} {v}" for v in LEVELS)
    return (f"<section class='card account' data-account='{escape(account, True)}'><h3>{escape(account)}</h3>"
            f"<div class='meta'>{summary.posts:,} posts · {verdicts}</div>{table}"
            f"<div class='charts'>{_month_chart(summary)}{_rule_chart(summary)}</div></section>")


def _month_chart(summary: AccountSummary) -> str:
    months = sorted(summary.by_month)
    if not months:
        return ""
    width, height, top = 340, 110, max(summary.by_month.values())
    step = (width - 20) / len(months)
    bars = []
    for i, month in enumerate(months):
        n = summary.by_month[month]
        h = (height - 30) * n / top
        x = 10 + i * step
        bars.append(f"<rect class='bar' x='{x:.1f}' y='{height - 18 - h:.1f}' width='{max(step - 2, 1):.1f}' "
                    f"height='{h:.1f}' fill='#1f2a44'><title>{escape(month)}: {n} findings</title></rect>")
    labels = f"<text x='10' y='{height - 4}'>{escape(months[0])}</text>"
    if len(months) > 1:
        labels += f"<text x='{width - 10}' y='{height - 4}' text-anchor='end'>{escape(months[-1])}</text>"
    return (f"<svg class='chart chart-time' role='img' aria-label='Findings over time' viewBox='0 0 {width} {height}' "
            f"width='{width}' height='{height}'><text x='10' y='10'>findings per month (max {top})</text>{''.join(bars)}{labels}</svg>")


def _rule_chart(summary: AccountSummary) -> str:
    if not summary.by_rule:
        return ""
    items = summary.by_rule.most_common(8)
    top, width, row = items[0][1], 340, 16
    height = row * len(items) + 16
    bars = []
    for i, (rule, n) in enumerate(items):
        w = 150 * n / top
        y = 14 + i * row
        bars.append(f"<text x='0' y='{y + 10}'>{escape(rule[:30])}</text><rect class='bar' x='180' y='{y}' width='{w:.1f}' "
                    f"height='{row - 4}' fill='#c47f00'><title>{escape(rule)}: {n}</title></rect>"
                    f"<text x='{184 + w:.1f}' y='{y + 10}'>{n}</text>")
    return (f"<svg class='chart chart-rules' role='img' aria-label='Findings by rule' viewBox='0 0 {width} {height}' "
            f"width='{width}' height='{height}'><text x='0' y='10'>findings by rule</text>{''.join(bars)}</svg>")


def _filters(accounts: list[str], rules: list[str]) -> str:
    def select(ident: str, label: str, values: Iterable[str]) -> str:
        options = "".join(f"<option value='{escape(v, True)}'>{escape(v)}</option>" for v in values)
        return f"<label>{label} <select id='{ident}'><option value=''>all</option>{options}</select></label>"

    return ("<div class='filters'>" + select("f-account", "Account", accounts) + select("f-rule", "Rule", rules)
            + select("f-severity", "Severity", LEVELS[:0:-1]) + " <span class='meta'><span id='shown'>0</span> shown</span></div>")


def _quotes(finding: dict[str, Any]) -> str:
    return "".join(f"<blockquote><b>{escape(q['id'])}</b> {escape(q.get('heading') or '')}: “{escape(q['text'])}”</blockquote>"
                   for q in finding.get("quotes", []))


def _account_finding(item: AccountFinding) -> str:
    f = item.to_dict()
    posts = ", ".join(escape(p) for p in f.get("posts") or [])
    return (f"<article class='card item account-finding' data-account='{escape(item.account, True)}' "
            f"data-rules='{escape(f['rule'], True)}' data-severities='{f['severity']}'>"
            f"<span class='sev sev-{f['severity']}'>{f['severity']}</span> <b>{escape(f['rule'])}</b> · {escape(item.account)}"
            f"<p>{escape(f['explanation'])}</p><div class='meta'>posts: {posts}</div>{_quotes(f)}"
            f"<p class='suggestion'>➜ {escape(f['suggestion'])}</p></article>")


def _post_card(account: str, post_id: str, post: dict[str, Any], report: dict[str, Any]) -> str:
    findings = report.get("findings", [])
    rules = " ".join(f["rule"] for f in findings)
    severities = " ".join(sorted({f["severity"] for f in findings}))
    details = "".join(
        f"<div><span class='sev sev-{f['severity']}'>{f['severity']}</span> <b>{escape(f['rule'])}</b>: "
        f"{escape(f.get('explanation', ''))}{_quotes(f)}<p class='suggestion'>➜ {escape(f.get('suggestion', ''))}</p></div>"
        for f in findings)
    meta = " · ".join(escape(str(v)) for v in (post_id, post.get("author"), post.get("kind"), post.get("created_at")) if v)
    return (f"<article class='card item post' data-account='{escape(account, True)}' data-rules='{escape(rules, True)}' "
            f"data-severities='{severities}'><span class='sev sev-{report['verdict']}'>{report['verdict']}</span> "
            f"<span class='meta'>{meta}</span><div class='text'>{highlight(post.get('text', ''), findings)}</div>{details}</article>")


def highlight(text: str, findings: list[dict[str, Any]]) -> str:
    """The text with every finding's spans in <mark>, escaped."""
    spans = sorted((int(s), int(e), f["rule"]) for f in findings for s, e in f.get("spans", []) if 0 <= s < e <= len(text))
    merged: list[list[Any]] = []
    for start, end, rule in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].add(rule)
        else:
            merged.append([start, end, {rule}])
    out, pos = [], 0
    for start, end, rules in merged:
        out.append(escape(text[pos:start]))
        out.append(f"<mark title='{escape(', '.join(sorted(rules)), True)}'>{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)
