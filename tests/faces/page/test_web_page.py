"""The web page in real headless Chromium (Debian's), driven by Playwright.

Skips cleanly where /usr/bin/chromium or Playwright is absent (CI installs
both: ``apt-get install chromium`` and ``pip install playwright``; never
``playwright install``). Screenshots go to tests/artifacts/.
"""
from __future__ import annotations

import json
import time

import pytest

from helpers import ARGS, ARTIFACTS, CHROMIUM

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
pytest.importorskip("fastapi")

from postcheck.server.app import create_app  # noqa: E402
from benchmarks.harness import ThreadedServer  # noqa: E402
from postcheck.server.security import digest  # noqa: E402

pytestmark = pytest.mark.slow  # a browser, a server under load, a cluster or a notebook: not in the fast lane

DRAFT = ("Between you and me, the Part 2 report on Project Falcon says the depot sale is done. "
         "I will vote against the Quarry Lane application whatever the officers say.")
PERSONAL = "Please ring Mrs Ann Smith on 07700 900123 about her housing case."
WAIT = 60_000  # ms: the machine may be busy
sync_api.expect.set_options(timeout=WAIT)  # assertions wait as long as actions: a first check warms the models


@pytest.fixture(scope="module")
def site(checker):
    with ThreadedServer(create_app(checker=checker, server_table={"rate_limit_per_minute": 100000})) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


NOON = "2026-01-10T12:00:00Z"  # the page sends its clock's time: a fixed daytime one keeps results steady


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1100, "height": 900}, base_url=site.url,
                                  timezone_id="Europe/London")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url)
    page = context.new_page()
    page.clock.set_fixed_time(NOON)
    page.set_default_timeout(WAIT)
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(site.url) else None)
    page.goto("/")
    yield page
    assert outside == [], f"the page fetched from elsewhere: {outside}"
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def contrast(fg: str, bg: str) -> float:
    def channels(css: str) -> list[float]:
        return [float(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3]]

    def luminance(rgb: list[float]) -> float:
        lin = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    a, b = sorted((luminance(channels(fg)), luminance(channels(bg))), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_pasting_a_draft_shows_findings_and_highlights(page, checker):
    expected = checker.check(DRAFT).to_dict()
    page.get_by_label("Your draft post").fill(DRAFT)  # like a paste: one input event, then the pause check
    page.wait_for_selector("#results:not([hidden])")
    status = page.locator("#status")
    assert status.get_attribute("aria-live") == "polite"
    sync_api.expect(status).to_contain_text("Checked.")
    cards = page.locator("#findings > li")
    assert cards.count() == len(expected["findings"]) >= 2
    assert page.locator("#verdict").inner_text().startswith("Block")
    first = expected["findings"][0]
    card = page.locator("#finding-1")
    assert first["title"] in card.inner_text() and first["explanation"] in card.inner_text()
    assert "What the code says" in card.inner_text() and first["suggestion"] in card.inner_text()
    assert first["quotes"][0]["text"] in card.locator("blockquote").first.inner_text()
    marked = {m.evaluate("m => m.firstChild.textContent") for m in page.locator("#post-view mark").all()}
    spans = {DRAFT[a:b] for f in expected["findings"] for a, b in f["spans"]}
    assert "Project Falcon" in marked and marked <= spans | {m for m in marked if any(m in s for s in spans)}
    assert page.locator("#post-view").inner_text().replace("1", "").replace("2", "").startswith("Between you and me")
    assert page.locator("#redaction").is_hidden() == (expected["redacted_text"] is None)
    shot(page, "web-page-findings")


def test_keyboard_only_use(page):
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "draft"
    page.keyboard.type("Between you and me, Project Falcon is going ahead.")
    page.keyboard.press("Control+Enter")
    sync_api.expect(page.locator("#results-heading")).to_be_focused()  # no eval: the page's CSP forbids it
    page.keyboard.press("Tab")  # to the first highlight's link
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#finding-1"
    page.keyboard.press("Enter")
    sync_api.expect(page.locator("#finding-1 .finding__title")).to_be_focused()
    shot(page, "web-page-keyboard")
    # the Check button shows a visible yellow focus state
    page.focus("#check-button")
    background = page.evaluate("getComputedStyle(document.getElementById('check-button')).backgroundColor")
    assert background == "rgb(255, 221, 0)"


def test_ctrl_enter_is_not_undone_by_the_pause_check(page):
    """A slow answer outlasts the typing pause: the pending pause check must not abort the submit."""
    sent = []

    def slow(route):
        sent.append(route.request.url)
        answer = route.fetch()
        time.sleep(1.5)  # longer than the page's 900 ms pause
        route.fulfill(response=answer)

    page.route("**/v1/check", slow)
    page.locator("#draft").focus()
    page.keyboard.type("Between you and me, Project Falcon is going ahead.")
    page.keyboard.press("Control+Enter")
    sync_api.expect(page.locator("#results-heading")).to_be_focused()
    page.wait_for_timeout(1200)  # past the pause: no second check follows the submit
    assert len(sent) == 1


def test_empty_and_too_long_drafts_explain_the_problem(page, checker):
    page.get_by_role("button", name="Check").click()
    summary = page.locator("#error-summary")
    sync_api.expect(summary).to_be_visible()
    assert "Enter the post" in summary.inner_text()
    assert page.locator("#draft").get_attribute("aria-invalid") == "true"
    page.locator("#draft").fill("word " * (checker.config.max_chars // 5 + 10))
    page.get_by_role("button", name="Check").click()
    sync_api.expect(summary).to_contain_text("the limit is")
    shot(page, "web-page-error")


def test_offsets_survive_emoji(page, checker):
    draft = "🎉🎉 Great news 👍 — between you and me, Project Falcon is signed."
    report = checker.check(draft).to_dict()
    page.locator("#draft").fill(draft)
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#post-view mark")
    marked = [m.evaluate("m => m.firstChild.textContent") for m in page.locator("#post-view mark").all()]
    spans = [draft[a:b] for f in report["findings"] for a, b in f["spans"]]
    assert "Project Falcon" in marked and all(any(m in s for s in spans) for m in marked)


def test_copy_the_redacted_version_from_a_real_report(page, checker):
    report = checker.check(PERSONAL).to_dict()
    assert report.get("redacted_text"), "the personal-data detector must produce a redacted text for this post"
    page.locator("#draft").fill(PERSONAL)
    page.get_by_role("button", name="Check").click()
    redaction = page.locator("#redaction")
    sync_api.expect(redaction).to_be_visible()
    assert page.locator("#redacted-text").input_value() == report["redacted_text"]
    page.get_by_role("button", name="Copy redacted text").focus()
    page.keyboard.press("Enter")
    sync_api.expect(page.locator("#copy-status")).to_have_text("Copied to the clipboard")
    assert page.evaluate("navigator.clipboard.readText()") == report["redacted_text"]
    shot(page, "web-page-redaction")


def test_copy_button_with_a_redacted_text_from_the_api(page, checker):
    """The page handles any report carrying ``redacted_text`` (the field of the contract)."""
    draft = "Ring Mr Example on 07700 900999 about Project Falcon."
    report = checker.check(draft).to_dict()
    report["redacted_text"] = "Ring [NAME] on [PHONE] about Project Falcon."
    page.route("**/v1/check", lambda route: route.fulfill(status=200, content_type="application/json",
                                                          body=json.dumps(report)))
    page.locator("#draft").fill(draft)
    page.get_by_role("button", name="Check").click()
    sync_api.expect(page.locator("#redaction")).to_be_visible()
    page.get_by_role("button", name="Copy redacted text").click()
    sync_api.expect(page.locator("#copy-status")).to_have_text("Copied to the clipboard")
    assert page.evaluate("navigator.clipboard.readText()") == report["redacted_text"]


def test_text_and_tags_meet_contrast_minimums(page):
    page.locator("#draft").fill(DRAFT)
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#findings > li")
    pairs = page.evaluate("""() => Array.from(document.querySelectorAll(
        '.tag, .hint, .verdict__body, .suggestion, .post-view mark, .quote footer, .finding p, .site-header__name'))
        .map(el => {
          let bg = 'rgba(0, 0, 0, 0)', node = el;
          while (node && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
            bg = getComputedStyle(node).backgroundColor; node = node.parentElement;
          }
          return [el.className || el.tagName, getComputedStyle(el).color, bg];
        })""")
    assert len(pairs) > 10
    low = [(name, round(contrast(fg, bg), 2)) for name, fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert low == []


def test_page_asks_for_an_api_key_when_the_server_needs_one(browser, checker):
    table = {"api_keys": [digest("page-key")], "require_api_key": True}
    with ThreadedServer(create_app(checker=checker, server_table=table)) as server:
        context = browser.new_context(base_url=server.url)
        page = context.new_page()
        page.set_default_timeout(WAIT)
        page.goto("/")
        assert page.locator("#key-group").is_hidden()
        page.locator("#draft").fill(DRAFT)
        page.get_by_role("button", name="Check").click()
        key = page.get_by_label("API key")
        sync_api.expect(key).to_be_visible()
        sync_api.expect(page.locator("#error-summary")).to_contain_text("API key")
        key.fill("page-key")
        page.get_by_role("button", name="Check").click()
        page.wait_for_selector("#findings > li")
        shot(page, "web-page-api-key")
        context.close()


def test_api_docs_render_offline(page):
    """Swagger UI comes from the swagger-ui-bundle package, so /docs needs no network."""
    page.goto("/docs")
    page.wait_for_selector(".opblock-summary-path")
    paths = {p.inner_text().strip() for p in page.locator(".opblock-summary-path").all()}
    assert {"/v1/check", "/v1/check/batch", "/v1/rules", "/v1/rules/{rule_id}"} <= paths
    shot(page, "api-docs")


def drafting(browser, site, zone: str, instant: str, text: str):
    """Check ``text`` from a browser in ``zone`` whose clock says ``instant``: (request body, page)."""
    context = browser.new_context(base_url=site.url, timezone_id=zone)
    page = context.new_page()
    page.set_default_timeout(WAIT)
    page.clock.set_fixed_time(instant)
    page.goto("/")
    page.locator("#draft").fill(text)
    with page.expect_request("**/v1/check") as request:
        page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#results:not([hidden])")
    return request.value.post_data_json, page


def test_the_page_sends_the_drafting_time_so_late_night_advice_can_fire(browser, site, checker):
    text = "Lovely to see so many residents at the Elmwood summer fete today."
    body, page = drafting(browser, site, "Europe/London", "2026-01-10T23:40:00Z", text)
    assert body == {"text": text, "created_at": "2026-01-10T23:40:00+00:00"}
    expected = checker.check(body).to_dict()
    haste = next(f for f in expected["findings"] if f["rule"] == "haste.pause-before-posting")
    sync_api.expect(page.locator("#findings")).to_contain_text(haste["title"])
    shot(page, "web-page-late-night")
    page.context.close()


def test_the_drafting_time_carries_the_writers_own_offset(browser, site):
    body, page = drafting(browser, site, "America/New_York", "2026-07-01T03:15:00Z", "Lovely fete today.")
    assert body["created_at"] == "2026-06-30T23:15:00-04:00"
    page.context.close()


def test_an_empty_submit_clears_the_previous_result(page):
    page.locator("#draft").fill("Lovely to see so many residents at the Elmwood summer fete today.")
    page.get_by_role("button", name="Check").click()
    sync_api.expect(page.locator("#status")).to_contain_text("Checked.")
    page.locator("#draft").fill("")
    page.get_by_role("button", name="Check").click()
    sync_api.expect(page.locator("#error-summary")).to_contain_text("Enter the post")
    sync_api.expect(page.locator("#status")).to_have_text("")
    sync_api.expect(page.locator("#results")).to_be_hidden()
