"""report.html in headless Chromium: severity colours, whole counts, local times, linked post ids, residents' comments."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import FIXTURES
from postcheck.audit.app import AuditOptions, run
from postcheck.audit.html import COLOURS

pytestmark = pytest.mark.slow  # every test here drives report.html in headless Chromium

CONFIG = FIXTURES / "audit_council.toml"  # Europe/London
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
JANE = "@CllrJaneJones"


def posts() -> list[dict]:
    out = [{"id": f"leak{n}", "author": JANE, "account": "councillor",
            "text": f"Between you and me, the Part 2 report on Project Falcon ({n}) is grim.",
            "created_at": f"2025-0{1 + n % 3}-1{n % 9}T10:30:00+00:00"} for n in range(14)]
    out += [{"id": f"council{n}", "author": JANE, "account": "councillor",
             "text": f"Ward surgery {n} this Saturday at Hollin Library, 10am. Residents welcome.",
             "created_at": "2025-05-01T08:30:00+00:00"} for n in range(4)]
    out += [{"id": "personal1", "author": JANE, "account": "councillor",
             "text": "Date night with my husband, first in months!", "created_at": "2025-05-02T23:45:00+00:00"},
            {"id": "personal2", "author": JANE, "account": "councillor",
             "text": "Family holiday in Devon with the kids this week, back on Monday.",
             "created_at": "2025-05-03T19:30:00+00:00"},
            {"id": "officer1", "author": JANE, "account": "councillor",
             "text": "The planning officer Sarah Brown is useless and should be sacked for this report.",
             "created_at": "2025-03-02T10:30:00+00:00"},
            {"id": "c1", "kind": "comment", "page": JANE, "author": "Resident Bob",
             "text": "Between you and me, the Part 2 report on Project Falcon is a scandal.",
             "created_at": "2025-05-04T12:00:00+00:00"},
            {"id": "c2", "kind": "comment", "page": JANE, "author": JANE,
             "text": "Thanks Bob, the ward surgery is on Saturday.", "created_at": "2025-05-04T13:00:00+00:00"}]
    return out


class Quiet:
    def advance(self, n): ...
    def log(self, message): ...
    def stop(self): return 1.0


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    base = tmp_path_factory.mktemp("charts")
    (base / "p.jsonl").write_text("".join(json.dumps(p) + "\n" for p in posts()), encoding="utf-8")
    run(AuditOptions(inputs=[base / "p.jsonl"], out=base / "out", config=CONFIG), progress=Quiet())
    return base / "out"


@pytest.fixture(scope="module")
def page(report):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed (Debian: chromium)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            tab = browser.new_page(viewport={"width": 1280, "height": 1600})
            errors: list[str] = []
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.goto((report / "report.html").as_uri())
            assert errors == []
            yield tab
        finally:
            browser.close()


def test_rule_chart_shows_whole_counts_inside_the_chart(page):
    card = page.locator(f"section.account[data-account='{JANE}']")
    chart = card.locator("svg.chart-rules")
    counts = chart.locator("text.count").all_text_contents()
    assert "14" in counts  # confidentiality.disclosure: 14 posts (it showed as "1" when clipped)
    box = chart.bounding_box()
    for label in chart.locator("text.count").all():
        text_box = label.bounding_box()
        assert text_box["x"] + text_box["width"] <= box["x"] + box["width"] + 0.5, label.text_content()


def test_bars_are_coloured_by_severity(page):
    card = page.locator(f"section.account[data-account='{JANE}']")
    for chart in ("svg.chart-rules", "svg.chart-time"):
        bars = card.locator(f"{chart} rect.bar")
        pairs = bars.evaluate_all("els => els.map(e => [e.dataset.severity, getComputedStyle(e).fill])")
        assert {sev for sev, _ in pairs} >= {"advice", "review", "block"}, pairs
        for sev, fill in pairs:
            hex_colour = COLOURS[sev].lstrip("#")
            assert fill == "rgb({}, {}, {})".format(*(int(hex_colour[i:i + 2], 16) for i in (0, 2, 4)))


def test_times_are_local_with_the_zone(page):
    late = page.locator("article[data-post-id='personal1'] time")
    assert late.inner_text() == "Sat 3 May 2025, 00:45 BST"  # 23:45 UTC is after midnight in London
    winter = page.locator("article[data-post-id='leak0'] time")
    assert winter.inner_text() == "Fri 10 Jan 2025, 10:30 GMT"
    assert winter.get_attribute("datetime") == "2025-01-10T10:30:00+00:00"


def test_post_ids_in_account_findings_link_to_the_posts(page):
    finding = page.locator("article.account-finding", has_text="capacity.mixed-account")
    link = finding.locator("a.post-link", has_text="personal1")
    assert link.count() == 1
    assert finding.locator("a.post-link", has_text="personal2").count() == 0  # not flagged, so not shown: plain text
    link.click()
    target = page.evaluate("location.hash")
    assert page.locator(f"article{target}").get_attribute("data-post-id") == "personal1"


def test_residents_comments_have_their_own_section_and_advice(page, report):
    section = page.locator(f"section.comments[data-page='{JANE}']")
    assert section.locator("article.comment").count() == 1
    comment = section.locator("article[data-post-id='c1']")
    assert "Remove or hide it" in comment.locator(".comment-advice").inner_text()
    assert comment.locator(".suggestion:not(.comment-advice)").count() == 0  # no councillor advice for a resident
    # never on the councillor's own card or among the councillor's posts
    card = page.locator(f"section.account[data-account='{JANE}']")
    assert "1 comments by others on this page (1 flagged)" in card.inner_text()
    assert page.locator("article.post[data-post-id='c1']").count() == 0
    assert page.locator("article.post[data-post-id='c2']").count() == 0
    meta = card.locator(".meta").first.inner_text()
    assert meta.startswith("22 posts")  # her own posts only; her reply on her own page counts as hers
    rows = card.locator("table tr").all_inner_texts()
    disclosure = next(r for r in rows if r.startswith("confidentiality.disclosure"))
    assert "14" in disclosure.split()  # not 15: the resident's comment is not hers
    import csv

    with (report / "findings.csv").open(encoding="utf-8") as handle:
        levels = {r["post_id"]: (r["level"], r["suggestion"]) for r in csv.DictReader(handle) if r["post_id"] == "c1"}
    assert levels["c1"][0] == "comment" and levels["c1"][1].startswith("This was written by someone else")
