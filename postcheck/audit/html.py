"""report.html: one self-contained page for a communications team (no network needed).

Per account: posts, findings by rule and severity, a chart of findings over
time and one by rule (inline SVG). Then the account-level findings and the
posts needing action, worst first, with the spans highlighted, the clause
texts and the suggestions, filterable by account, rule and severity.
"""
from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path
from typing import Any, Iterable

from ..account import AccountFinding
from ..present import WORST_FIRST, marked_runs, segments
from ..severity import LEVELS, RANK, SEVERITIES
from .comments import ADVICE as COMMENT_ADVICE, is_resident_comment
from .outputs import COMMENT_ACCOUNT_RULES, AccountSummary, local_time
from .private import private_open
from .review import ReviewState, account_fingerprint, visible_report
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
""" + "".join(f".sev-{sev}{{background:{colour}}}" for sev, colour in COLOURS.items()) + """
mark{background:#ffe08a;padding:0 1px;border-radius:2px}.text{white-space:pre-wrap;background:#fafafa;border-left:3px solid #ccc;padding:6px 10px;margin:6px 0}
blockquote{margin:4px 0 4px 10px;color:#444;font-style:italic;font-size:13px}.meta{color:#666;font-size:12px}
.filters{position:sticky;top:0;background:#f6f6f4;padding:8px 0;z-index:2;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.filters select{font-size:14px;padding:3px}.hidden{display:none}.suggestion{color:#1f5e2e}
svg text{font-size:10px;fill:#333}.note{color:#666;font-style:italic}
.comments{border-left:4px solid #7a5ea8;padding-left:12px;margin:12px 0}.comment-advice{color:#4b2e83}
.warnings{border-color:#c47f00;background:#fff8e6}a.post-link{color:#1f4fa0}
.decide{margin:4px 0;display:flex;gap:6px;align-items:center;flex-wrap:wrap}.decide button,.review-bar button{font-size:12px;padding:2px 8px;border:1px solid #888;border-radius:4px;background:#fff;cursor:pointer}
.decide button[aria-pressed=true]{background:#1f2a44;color:#fff;border-color:#1f2a44}.fingerprint{font-size:11px;color:#666}
.review-bar{margin:8px 0}
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
  // decisions made on this page, kept in the browser until exported (a closed tab loses nothing)
  var KEY = 'postcheck-decisions', made = {};
  try { made = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { made = {}; }
  function save(){ try { localStorage.setItem(KEY, JSON.stringify(made)); } catch (e) {} }
  function count(){ document.getElementById('decided').textContent = Object.keys(made).length; }
  function show(box, decision){
    box.querySelectorAll('button').forEach(function(b){ b.setAttribute('aria-pressed', String(b.dataset.decision === decision)); });
    box.dataset.decision = decision || '';
  }
  document.querySelectorAll('.decide').forEach(function(box){
    var saved = made[box.dataset.fingerprint];
    if (saved) show(box, saved.decision);
  });
  count();
  document.querySelectorAll('.decide button').forEach(function(button){
    button.addEventListener('click', function(){
      var box = button.closest('.decide'), fp = box.dataset.fingerprint, on = button.getAttribute('aria-pressed') !== 'true';
      if (on) {
        made[fp] = {fingerprint: fp, decision: button.dataset.decision, rule: box.dataset.rule, post_id: box.dataset.postId};
      } else { delete made[fp]; }
      show(box, on ? button.dataset.decision : '');
      save(); count();
    });
  });
  document.getElementById('export-decisions').addEventListener('click', function(){
    var body = JSON.stringify({format: 'postcheck-decisions', version: 1,
                               decisions: Object.keys(made).map(function(k){ return made[k]; })}, null, 2);
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body + '\\n'], {type: 'application/json'}));
    link.download = 'postcheck-decisions.json';
    document.body.appendChild(link); link.click(); link.remove();
  });
})();
"""


def write_html(path: Path, store: ResultStore, summaries: dict[str, AccountSummary], findings: list[AccountFinding],
               counts: dict[str, Any], title: str, timezone: str = "UTC", review: ReviewState | None = None) -> None:
    review = review or ReviewState({})
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
        own, comments = _shown_posts(store, review)
        shown = {r[0].post_id for r in own} | {r[0].post_id for r in comments}
        findings = [f for f in findings if review.shown(account_fingerprint(f.account, f.to_dict()))]
        out.write(_review_bar(review))
        own_findings = [f for f in findings if f.finding.rule not in COMMENT_ACCOUNT_RULES]
        if own_findings:
            out.write("<h3>Account-level findings</h3>")
            for item in sorted(own_findings, key=lambda f: (-RANK[f.finding.severity], f.account, f.finding.rule)):
                out.write(_account_finding(item, shown, review))
        out.write("<h3>Posts, worst first</h3>")
        for result, report, prints in own:
            out.write(_post_card(result.account, result.post_id, result.post, report, timezone, prints=prints,
                                 review=review))
        if not own:
            out.write("<p class='note'>No post needs action.</p>")
        elif len(own) == MAX_POSTS:
            out.write(f"<p class='note'>Only the worst {MAX_POSTS:,} posts are shown here; findings.csv lists them all.</p>")
        out.write(_comments_section(comments, [f for f in findings if f.finding.rule in COMMENT_ACCOUNT_RULES], shown,
                                    timezone, review))
        out.write(f"</main><script>{SCRIPT}</script></body></html>")


def _shown_posts(store: ResultStore, review: ReviewState) -> tuple[list, list]:
    """The flagged posts to show, worst first: the accounts' own, and residents' comments (each up to MAX_POSTS).

    Each is ``(result, report with the findings shown, their fingerprints)``.
    """
    own, comments = [], []
    for result in store.iter_results(order="worst", flagged_only=True):
        report, prints = visible_report(result, review)
        if not prints:
            continue
        bucket = comments if is_resident_comment(result.post) else own
        if len(bucket) < MAX_POSTS:
            bucket.append((result, report, prints))
        if len(own) >= MAX_POSTS and len(comments) >= MAX_POSTS:
            break
    return own, comments


def _comments_section(comments: list, findings: list[AccountFinding], shown: set[str], timezone: str,
                      review: ReviewState) -> str:
    """Residents' comments, one section per page, with moderation advice (never the councillor's own conduct)."""
    if not comments and not findings:
        return ""
    pages: dict[str, list] = {}
    for item in comments:
        pages.setdefault(item[0].account, []).append(item)
    for item in findings:
        pages.setdefault(item.account, [])
    parts = ["<h2 id='comments'>Residents' comments</h2><p class='meta'>Written by others on these pages: not the "
             "councillors' own posts, and not counted on their account cards.</p>"]
    for page in sorted(pages):
        parts.append(f"<section class='comments' data-page='{escape(page, True)}'><h3>Comments on {escape(page)}</h3>")
        for item in findings:
            if item.account == page:
                parts.append(_account_finding(item, shown, review))
        for result, report, prints in pages[page]:
            parts.append(_post_card(result.account, result.post_id, result.post, report, timezone, comment=True,
                                    prints=prints, review=review))
        parts.append("</section>")
    return "".join(parts)


def _counts_line(counts: dict[str, Any]) -> str:
    line = escape(f"{counts.get('read', 0):,} posts read · {counts.get('checked', 0):,} checked · "
                  f"{counts.get('rejected', 0):,} rejected · checker {counts.get('version', '')}")
    if counts.get("config"):
        line += f"<div class='meta' id='config'>{escape(counts['config'])}</div>"
    return line


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
            f"<td>{summary.by_rule_severity.get((rule, sev), 0) or ''}</td>" for sev in SEVERITIES) + "</tr>"
        for rule in sorted(summary.by_rule, key=lambda r: -summary.by_rule[r]))
    table = ("<table><tr><th>rule</th>" + "".join(f"<th><span class='sev sev-{s}'>{s}</span></th>" for s in SEVERITIES)
             + f"</tr>{rows}</table>") if rows else "<p class='note'>No findings.</p>"
    verdicts = " · ".join(f"{summary.verdicts.get(v, 0):,} {v}" for v in LEVELS)
    comments = (f"<div class='meta comments-note'>{summary.comments:,} comments by others on this page "
                f"({summary.comments_flagged:,} flagged): see <a href='#comments'>Residents' comments</a></div>"
                if summary.comments else "")
    return (f"<section class='card account' data-account='{escape(account, True)}'><h3>{escape(account)}</h3>"
            f"<div class='meta'>{summary.posts:,} posts · {verdicts}</div>{comments}{table}"
            f"<div class='charts'>{_month_chart(summary)}{_rule_chart(summary)}</div></section>")


def _stack(x: float, bottom: float, length: float, total: int, parts: dict[str, int], horizontal: bool,
           thickness: float, label: str) -> str:
    """One bar of ``total`` findings, split by severity (advice, review, block), each part coloured."""
    out, offset = [], 0.0
    for sev in SEVERITIES:
        n = parts.get(sev, 0)
        if not n:
            continue
        size = length * n / total
        if horizontal:
            geometry = f"x='{x + offset:.1f}' y='{bottom:.1f}' width='{size:.1f}' height='{thickness:.1f}'"
        else:
            geometry = f"x='{x:.1f}' y='{bottom - offset - size:.1f}' width='{thickness:.1f}' height='{size:.1f}'"
        out.append(f"<rect class='bar sev-{sev}' data-severity='{sev}' {geometry} fill='{COLOURS[sev]}'>"
                   f"<title>{escape(label)}: {n:,} {sev}</title></rect>")
        offset += size
    return "".join(out)


def _legend(x: float, y: float) -> str:
    return "".join(f"<rect x='{x + i * 58}' y='{y - 8}' width='8' height='8' fill='{COLOURS[s]}'/>"
                   f"<text x='{x + i * 58 + 11}' y='{y}'>{s}</text>" for i, s in enumerate(SEVERITIES))


def _month_chart(summary: AccountSummary) -> str:
    months = sorted(summary.by_month)
    if not months:
        return ""
    width, height, top = 340, 130, max(summary.by_month.values())
    step = (width - 20) / len(months)
    bars = []
    for i, month in enumerate(months):
        n = summary.by_month[month]
        parts = {sev: summary.by_month_severity.get((month, sev), 0) for sev in SEVERITIES}
        bars.append(_stack(10 + i * step, height - 18, (height - 50) * n / top, n, parts, False, max(step - 2, 1),
                           f"{month}: {n:,} findings"))
    labels = f"<text x='10' y='{height - 4}'>{escape(months[0])}</text>"
    if len(months) > 1:
        labels += f"<text x='{width - 10}' y='{height - 4}' text-anchor='end'>{escape(months[-1])}</text>"
    return (f"<svg class='chart chart-time' role='img' aria-label='Findings over time, by severity' "
            f"viewBox='0 0 {width} {height}' width='{width}' height='{height}'>"
            f"<text x='10' y='10'>findings per month (most: {top:,})</text>{_legend(10, 22)}{''.join(bars)}{labels}</svg>")


def _rule_chart(summary: AccountSummary) -> str:
    if not summary.by_rule:
        return ""
    items = summary.by_rule.most_common(8)
    top, width, row = items[0][1], 340, 16
    height = row * len(items) + 30
    bars = []
    for i, (rule, n) in enumerate(items):
        length = 100 * n / top  # leaves room for the count, however many digits it has
        y = 28 + i * row
        parts = {sev: summary.by_rule_severity.get((rule, sev), 0) for sev in SEVERITIES}
        bars.append(f"<text x='0' y='{y + 10}'>{escape(_short(rule, 34))}<title>{escape(rule)}</title></text>"
                    + _stack(180, y, length, n, parts, True, row - 4, rule)
                    + f"<text class='count' x='{184 + length:.1f}' y='{y + 10}'>{n:,}</text>")
    return (f"<svg class='chart chart-rules' role='img' aria-label='Findings by rule, by severity' "
            f"viewBox='0 0 {width} {height}' width='{width}' height='{height}'><text x='0' y='10'>findings by rule</text>"
            f"{_legend(10, 22)}{''.join(bars)}</svg>")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _filters(accounts: list[str], rules: list[str]) -> str:
    def select(ident: str, label: str, values: Iterable[str]) -> str:
        options = "".join(f"<option value='{escape(v, True)}'>{escape(v)}</option>" for v in values)
        return f"<label>{label} <select id='{ident}'><option value=''>all</option>{options}</select></label>"

    return ("<div class='filters'>" + select("f-account", "Account", accounts) + select("f-rule", "Rule", rules)
            + select("f-severity", "Severity", WORST_FIRST) + " <span class='meta'><span id='shown'>0</span> shown</span></div>")


def _quotes(finding: dict[str, Any]) -> str:
    return "".join(f"<blockquote><b>{escape(q['id'])}</b> {escape(q.get('heading') or '')}: “{escape(q['text'])}”</blockquote>"
                   for q in finding.get("quotes", []))


def _account_finding(item: AccountFinding, shown: set[str] = frozenset(), review: ReviewState | None = None) -> str:
    f = item.to_dict()
    buttons = _decide(account_fingerprint(item.account, f), f["rule"], "", review)
    posts = ", ".join(_post_link(str(p), shown) for p in f.get("posts") or [])
    return (f"<article class='card item account-finding' data-account='{escape(item.account, True)}' "
            f"data-rules='{escape(f['rule'], True)}' data-severities='{f['severity']}'>"
            f"<span class='sev sev-{f['severity']}'>{f['severity']}</span> <b>{escape(f['rule'])}</b> · {escape(item.account)}"
            f"<p>{escape(f['explanation'])}</p><div class='meta'>posts: {posts}</div>{_quotes(f)}"
            f"<p class='suggestion'>➜ {escape(f['suggestion'])}</p>{buttons}</article>")


DECISION_LABELS = {"reviewed": "Reviewed", "false-alarm": "False alarm", "actioned": "Actioned"}


def _decide(fingerprint: str, rule: str, post_id: str, review: ReviewState | None) -> str:
    """The review buttons of one finding (its recorded decision pressed)."""
    if not fingerprint:
        return ""
    current = (review.decisions.get(fingerprint) if review else None) or ""
    buttons = "".join(
        f"<button type='button' data-decision='{d}' aria-pressed='{str(d == current).lower()}'>{label}</button>"
        for d, label in DECISION_LABELS.items())
    return (f"<div class='decide' role='group' aria-label='Decision on this finding' data-fingerprint='{fingerprint}' "
            f"data-rule='{escape(rule, True)}' data-post-id='{escape(post_id, True)}' data-decision='{current}'>"
            f"{buttons}<code class='fingerprint' title='fingerprint'>{fingerprint}</code></div>")


def _review_bar(review: ReviewState) -> str:
    """The export button for decisions made on this page, and what the baseline hid."""
    baseline = ""
    if review.baseline is not None:
        baseline = ("<p class='meta baseline'>Showing new findings only: findings in the baseline or already decided "
                    "on are left out.</p>")
    return (f"{baseline}<div class='review-bar'><button type='button' id='export-decisions'>Export decisions</button> "
            "<span class='meta'><span id='decided'>0</span> decisions made on this page; import the file with "
            "<code>postcheck audit decisions import FILE</code></span></div>")


def post_anchor(post_id: str) -> str:
    """The element id of a post's card (any id, made safe for HTML and a URL fragment)."""
    return "post-" + hashlib.sha256(post_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _post_link(post_id: str, shown: set[str]) -> str:
    if post_id in shown:
        return f"<a class='post-link' href='#{post_anchor(post_id)}'>{escape(post_id)}</a>"
    return f"<span title='not among the posts needing action shown here'>{escape(post_id)}</span>"


def local_time_text(created_at: Any, timezone: str) -> str:
    """'Thu 1 May 2025, 09:30 BST': the post's time in the council's zone, with the zone named."""
    when = local_time(created_at, timezone)
    if when is None:
        return str(created_at or "")
    return f"{when:%a} {when.day} {when:%b %Y, %H:%M} {when.tzname()}"


def _post_card(account: str, post_id: str, post: dict[str, Any], report: dict[str, Any], timezone: str = "UTC",
               comment: bool = False, prints: list[str] | None = None, review: ReviewState | None = None) -> str:
    findings = report.get("findings", [])
    prints = prints or [""] * len(findings)
    rules = " ".join(f["rule"] for f in findings)
    severities = " ".join(sorted({f["severity"] for f in findings}))
    if comment:
        details = ("<div>Would raise " + ", ".join(
            f"<span class='sev sev-{f['severity']}'>{f['severity']}</span> <b>{escape(f['rule'])}</b>"
            + _decide(fp, f["rule"], post_id, review) for f, fp in zip(findings, prints))
            + f"</div><p class='suggestion comment-advice'>➜ {escape(COMMENT_ADVICE)}</p>")
    else:
        details = "".join(
            f"<div class='finding'><span class='sev sev-{f['severity']}'>{f['severity']}</span> <b>{escape(f['rule'])}</b>: "
            f"{escape(f.get('explanation', ''))}{_quotes(f)}<p class='suggestion'>➜ {escape(f.get('suggestion', ''))}</p>"
            f"{_decide(fp, f['rule'], post_id, review)}</div>"
            for f, fp in zip(findings, prints))
    when = post.get("created_at")
    time_html = (f"<time datetime='{escape(str(when), True)}'>{escape(local_time_text(when, timezone))}</time>"
                 if when else "")
    meta = " · ".join([escape(str(v)) for v in (post_id, post.get("author"), post.get("kind")) if v]
                      + ([time_html] if time_html else []))
    kind = "comment" if comment else "post"
    return (f"<article id='{post_anchor(post_id)}' class='card item {kind}' data-account='{escape(account, True)}' "
            f"data-post-id='{escape(post_id, True)}' data-rules='{escape(rules, True)}' "
            f"data-severities='{severities}'><span class='sev sev-{report['verdict']}'>{report['verdict']}</span> "
            f"<span class='meta'>{meta}</span><div class='text'>{highlight(post.get('text', ''), findings)}</div>{details}</article>")


def highlight(text: str, findings: list[dict[str, Any]]) -> str:
    """The text, escaped, with each stretch findings rest on in one <mark> titled with their rules."""
    out = []
    for run in marked_runs(segments(len(text), [f.get("spans", []) for f in findings])):
        piece = escape(text[run.start:run.end])
        if run.covered_by:
            rules = ", ".join(sorted({findings[i]["rule"] for i in run.covered_by}))
            piece = f"<mark title='{escape(rules, True)}'>{piece}</mark>"
        out.append(piece)
    return "".join(out)
