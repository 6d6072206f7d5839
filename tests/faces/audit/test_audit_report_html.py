"""report.html in headless Chromium: it loads offline, charts render, filters work."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import ARTIFACTS, FIXTURES
from postcheck.audit.app import AuditOptions, run

CONFIG = FIXTURES / "audit_council.toml"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
POSTS = [
    ("@CllrJaneJones", "Between you and me, the Part 2 report on <b>Project Falcon</b> & the depot is grim.", "2025-01-10"),
    ("@CllrJaneJones", "Ward surgery on Saturday at the library <b>10am</b> & all welcome.", "2025-02-11"),
    ("@CllrJaneJones", "Leaked papers show Project Falcon is over budget. Residents deserve to know.", "2025-03-12"),
    ("@AmirKhanCllr", "Date night with my husband, first in months!", "2025-02-01"),
    ("@AmirKhanCllr", "Ward surgery moves to Thursday at the community hub.", "2025-02-02"),
    ("@AmirKhanCllr", "Planning committee tonight: residents can watch online.", "2025-02-03"),
]


class Quiet:
    def advance(self, n): ...
    def log(self, message): ...
    def stop(self): return 1.0


@pytest.fixture(scope="module")
def report_html(tmp_path_factory):
    base = tmp_path_factory.mktemp("html")
    with (base / "posts.jsonl").open("w", encoding="utf-8") as out:
        for n, (author, text, day) in enumerate(POSTS):
            out.write(json.dumps({"id": f"h{n}", "author": author, "text": text, "created_at": f"{day}T10:00:00+00:00",
                                  "account": "councillor"}) + "\n")
    inputs = [base / "posts.jsonl", FIXTURES / "audit_exports" / "x" / "data" / "tweets.js", FIXTURES / "audit_exports" / "facebook"]
    run(AuditOptions(inputs=inputs, out=base / "out", config=CONFIG), progress=Quiet())
    return base / "out" / "report.html"


def test_report_is_self_contained(report_html):
    html = report_html.read_text(encoding="utf-8")
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html.split("<main>")[0]
    assert "<script src" not in html and "<link" not in html
    assert "&lt;b&gt;" in html and "&amp; the depot" in html and "<b>Project" not in html  # post text escaped
    assert "<mark" in html and "4.1" in html  # a span highlighted, its clause quoted


@pytest.mark.slow
def test_report_in_headless_chromium(report_html):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed (Debian: chromium)")
    requests: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1600})
            page.on("request", lambda r: requests.append(r.url))
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(report_html.as_uri())
            assert errors == []
            assert all(u.startswith(("file:", "data:", "about:")) for u in requests), requests  # opens offline
            accounts = page.locator("section.account")
            assert accounts.count() >= 3  # the JSONL authors, the X account and the Facebook page
            bars = page.locator("svg.chart rect.bar")
            assert bars.count() >= 4
            box = bars.first.bounding_box()
            assert box and box["width"] > 0 and box["height"] > 0
            assert page.locator("svg.chart-time").count() >= 1 and page.locator("svg.chart-rules").count() >= 1

            items = page.locator(".item")
            total = items.count()
            assert total >= 3 and int(page.locator("#shown").inner_text()) == total
            page.select_option("#f-account", "@AmirKhanCllr")
            visible = page.locator(".item:not(.hidden)")
            assert 0 < visible.count() < total
            assert all(a == "@AmirKhanCllr" for a in visible.evaluate_all("els => els.map(e => e.dataset.account)"))
            page.select_option("#f-account", "")
            page.select_option("#f-rule", "confidentiality.disclosure")
            rules = page.locator(".item:not(.hidden)").evaluate_all("els => els.map(e => e.dataset.rules)")
            assert rules and all("confidentiality.disclosure" in r.split() for r in rules)
            page.select_option("#f-rule", "")
            page.select_option("#f-severity", "advice")
            severities = page.locator(".item:not(.hidden)").evaluate_all("els => els.map(e => e.dataset.severities)")
            assert severities and all("advice" in s.split() for s in severities)
            page.select_option("#f-severity", "")
            assert int(page.locator("#shown").inner_text()) == total
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "audit_report.png"), full_page=True)
        finally:
            browser.close()
