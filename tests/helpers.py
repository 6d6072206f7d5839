"""Helpers the test modules share (importable as ``helpers``: pyproject puts tests/ on the path).

Test modules do not import one another; what several of them need lives here.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
ARTIFACTS = TESTS / "artifacts"  # screenshots and saved reports (ignored by git)

# --- known false alarms -----------------------------------------------------------

_COUNCIL_VOICE = ("known limit: the council-voice cue (its n-grams) reads 'the council' as the subject as the "
                  "council's voice (README, Known limits)")
#: `ok` posts of fixtures/detector_posts_a.jsonl the checker is known to raise (README, Known limits)
KNOWN_FALSE_ALARMS = {
    "B-RP4": _COUNCIL_VOICE, "N-04": _COUNCIL_VOICE,
    "N-19": "known limit: 'message me and I'll point you to the right team' reads as an offer of the office's help",
}

#: those the council-voice cue raises: the capacity detector reads it, so the phrase-rule tests meet them too
COUNCIL_VOICE_LIMITS = frozenset(i for i, why in KNOWN_FALSE_ALARMS.items() if why == _COUNCIL_VOICE)


def labelled_param(item: dict, known: frozenset[str] = frozenset(KNOWN_FALSE_ALARMS)):
    """A labelled fixture post as a test parameter, a strict xfail where it is a known false alarm (in
    ``known``), so the test says so as soon as it passes."""
    import pytest

    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_FALSE_ALARMS[item["id"]])] if item["id"] in known else []
    return pytest.param(item, id=item["id"], marks=marks)


# --- the HTTP API ----------------------------------------------------------------

KEY = "test-key-" + "0123456789abcdef"
HARMLESS = "Lovely to see so many residents at the Elmwood summer fete today."
ERROR_KEYS = {"error"}


def council_config(tmp: Path, server_table: str) -> Path:
    """The tests' fictional council with register paths made absolute, plus a [server] table."""
    text = (FIXTURES / "council.toml").read_text(encoding="utf-8")
    for name in ("pending.csv", "meetings.csv"):
        text = text.replace(f'"{name}"', json.dumps(str(FIXTURES / name)))
    path = tmp / "council-server.toml"
    path.write_text(text + "\n" + server_table, encoding="utf-8")
    return path


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == ERROR_KEYS and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["message"] and "\n" not in body["error"]["message"]
    assert "Traceback" not in response.text
    return body


# --- headless Chromium -------------------------------------------------------------

CHROMIUM = Path(os.environ.get("POSTCHECK_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


# --- a stand-in checker for worker processes -----------------------------------------
# ProcessRunner starts its workers with "spawn", so the factory must be importable by
# name in the child: it lives here, not in a test module.

class _Report:
    def __init__(self, text: str):
        self.text = text

    def to_dict(self) -> dict:
        return {"verdict": "ok", "pid": os.getpid(), "length": len(self.text)}


class StandIn:
    """Checks instantly, except "sleep" (blocks far past any deadline) and "boom" (raises)."""

    def __init__(self, config):
        self.config = config

    def check_many(self, posts, batch_size=None):
        for post in posts:
            if post.text == "sleep":
                time.sleep(600)
            if post.text == "boom":
                raise ValueError(f"failed on {post.text}")
        return [_Report(p.text) for p in posts]


# --- labelled posts for the detectors (tests/fixtures/*.jsonl) ------------------------

#: the seven phrase-driven single-post rules of detector_posts_a.jsonl
PHRASE_RULES = (
    "capacity.council-voice", "resources.political-use", "position.improper-advantage",
    "confidentiality.insider-advantage", "officers.impartiality", "interests.declared-interest",
    "gifts.hospitality",
)
#: the six rules of detector_posts_b.jsonl
CONTEXT_RULES = (
    "copyright.third-party-content", "haste.pause-before-posting", "meetings.during-meeting",
    "security.credentials", "tone.irony-risk", "association.endorsed-content",
)


def labelled(name: str) -> list[dict]:
    """The posts of tests/fixtures/NAME, one JSON object a line, with their expectations."""
    path = FIXTURES / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def post_of(item: dict) -> dict:
    """The post itself, without the labels."""
    return {k: v for k, v in item.items() if k not in ("expect", "note", "guards")}


def finding(report, rule: str):
    return next((f for f in report.findings if f.rule == rule), None)


def assert_phrase_post(report, item: dict) -> None:
    """A post of detector_posts_a.jsonl raises its rules, no other of the seven, and no more than its verdict."""
    from postcheck.severity import RANK

    expect = item["expect"]
    found = {f.rule: f.severity for f in report.findings if f.rule in PHRASE_RULES}
    for rule in PHRASE_RULES:
        if rule in expect["rules"]:
            assert rule in found, f"{rule} should be raised"
        elif rule not in expect.get("allowed", []):
            assert rule not in found, f"{rule} raised on a post that should pass it"
    if found:
        assert max(RANK[s] for s in found.values()) <= RANK[expect["verdict"]] or expect["verdict"] == "ok"
    if expect["verdict"] == "ok":
        assert all(RANK[s] <= RANK["advice"] for s in found.values())


def assert_context_post(report, item: dict) -> None:
    """A post of detector_posts_b.jsonl raises its rules and no other of the six it is not allowed."""
    expected, allowed = set(item["expect"]["rules"]), set(item["expect"]["allowed"])
    for rule in CONTEXT_RULES:
        if rule in expected:
            assert rule in report.rules, f"{rule} missed: {item['note']}"
        elif rule not in allowed:
            assert rule not in report.rules, f"{rule} raised wrongly: {finding(report, rule).explanation}"


def assert_examples_true(checker, rule_id: str) -> None:
    """The rule pack's own examples for RULE_ID (what `postcheck explain` shows) raise and pass it."""
    rule = checker.rule_pack.rules[rule_id]
    assert rule.examples_raise and rule.examples_pass
    for example in rule.examples_raise:
        assert rule_id in checker.check(example).rules, example
    for example in rule.examples_pass:
        assert rule_id not in checker.check(example).rules, example


def assert_scores(result, rule: str, floor: float) -> None:
    """Precision and recall of RULE in an evaluation RESULT are both at least FLOOR."""
    score = result.per_rule[rule]
    assert score.precision is not None and score.precision >= floor, (rule, score.to_dict())
    assert score.recall is not None and score.recall >= floor, (rule, score.to_dict())


def assert_ok_posts_get_advice_at_most(items, reports, rule: str) -> None:
    """Labelled posts whose verdict is ok get no more than advice from RULE."""
    from postcheck.severity import RANK

    for item, report in zip(items, reports, strict=True):
        if item.verdict == "ok":
            assert all(RANK[f.severity] <= RANK["advice"] for f in report.findings if f.rule == rule), item.post["id"]


# --- one detector on its own: the facts it reports ----------------------------------

def facts(detector, text: str, **post) -> list:
    """DETECTOR's signals on the parsed TEXT (other post fields as keywords, as in the post contract).

    The doc is scored as the Checker scores it when the detector's context has a
    scorer. A detector reports facts, never a severity: the rule pack grades them.
    """
    from postcheck.post import Post
    from postcheck.scoring.base import MODEL_SCORES

    doc = detector.context.nlp(text)
    if detector.context.scorer is not None:
        doc.user_data[MODEL_SCORES] = detector.context.scorer.score([doc.text])[0]
    signals = detector.detect(doc, Post.from_dict({"text": text, **post}))
    assert all("severity" not in s.evidence for s in signals), [s.evidence for s in signals]
    return signals


def words_of(text: str, signal) -> list[str]:
    """The words of TEXT each of SIGNAL's spans points at, in span order."""
    return [text[start:end] for start, end in signal.spans]
