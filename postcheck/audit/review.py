"""The review workflow: stable fingerprints for findings and a team's decisions on them.

A communications team audits the same accounts every month. Each finding gets
a fingerprint that stays the same from run to run (the rule, the post id, the
post's text hash and the words the finding rests on; for an account-level
finding, the account and its posts), so a decision made once — ``reviewed``,
``false-alarm`` or ``actioned`` — holds until the post changes. Decisions are
kept in the results store, made from the CLI or in report.html (which exports
a small decisions file the CLI imports), and can be exported as labelled posts
in the ``postcheck eval`` format so a council measures the checker on its own
decisions.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, Mapping

from ..errors import PostcheckError
from ..severity import RANK

DECISIONS = ("reviewed", "false-alarm", "actioned")
FILE_FORMAT = "postcheck-decisions"
FINGERPRINT_LENGTH = 20


class DecisionsError(PostcheckError, ValueError, code="decisions"):
    """A decisions file or fingerprint that cannot be used (one line for the user)."""


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:FINGERPRINT_LENGTH]


def post_fingerprint(post_id: str, text_hash: str, text: str, finding: Mapping[str, Any]) -> str:
    """Rule id + post id + text hash + the text of the spans the finding rests on, hashed."""
    words = "\x1f".join(text[int(s):int(e)] for s, e in finding.get("spans") or [] if 0 <= int(s) <= int(e) <= len(text))
    return _digest("post", str(finding["rule"]), post_id, text_hash, words)


def account_fingerprint(account: str, finding: Mapping[str, Any]) -> str:
    """Rule id + account + the posts it rests on, hashed."""
    return _digest("account", str(finding["rule"]), account, "\x1f".join(sorted(map(str, finding.get("posts") or []))))


@dataclass(frozen=True)
class Decision:
    fingerprint: str
    decision: str
    note: str = ""
    rule: str = ""
    post_id: str = ""


def check_fingerprint(value: str) -> str:
    value = value.strip().lower()
    if len(value) != FINGERPRINT_LENGTH or any(c not in "0123456789abcdef" for c in value):
        raise DecisionsError(f"{value!r} is not a finding fingerprint ({FINGERPRINT_LENGTH} hex digits, "
                             "from findings.csv or report.html)")
    return value


def check_decision(value: str) -> str:
    if value not in DECISIONS:
        raise DecisionsError(f"unknown decision {value!r} (one of {', '.join(DECISIONS)})")
    return value


def read_decisions_file(path: Path) -> list[Decision]:
    """The decisions in a file exported from report.html, validated strictly."""
    from pydantic import BaseModel, ConfigDict, Field, ValidationError

    class Item(BaseModel):
        model_config = ConfigDict(extra="forbid")
        fingerprint: str = Field(pattern=f"^[0-9a-f]{{{FINGERPRINT_LENGTH}}}$")
        decision: Literal["reviewed", "false-alarm", "actioned"]
        note: str = Field(default="", max_length=2000)
        rule: str = Field(default="", max_length=200)
        post_id: str = Field(default="", max_length=512)

    class File(BaseModel):
        model_config = ConfigDict(extra="forbid")
        format: Literal["postcheck-decisions"]
        version: Literal[1]
        decisions: list[Item] = Field(max_length=1_000_000)

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DecisionsError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        data = File.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "the file"
        raise DecisionsError(f"{path}: not a postcheck decisions file ({where}: {first.get('msg')})") from None
    return [Decision(i.fingerprint, i.decision, i.note, i.rule, i.post_id) for i in data.decisions]


def read_baseline(path: Path) -> set[str]:
    """Fingerprints known from an earlier run: its findings.csv, its folder, or a decisions file."""
    if path.is_dir():
        path = path / "findings.csv"
    if not path.is_file():
        raise DecisionsError(f"{path}: baseline not found (give an earlier audit's folder, findings.csv or decisions file)")
    if path.suffix.lower() == ".json":
        return {d.fingerprint for d in read_decisions_file(path)}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if "fingerprint" not in (reader.fieldnames or []):
                raise DecisionsError(f"{path}: no fingerprint column (a findings.csv from an older postcheck?)")
            return {row["fingerprint"].lstrip("'") for row in reader if row.get("fingerprint")}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DecisionsError(f"{path}: cannot read the baseline ({exc})") from None


# --- findings with their fingerprints, from the store ---------------------------------------------

@dataclass
class PostFinding:
    fingerprint: str
    result: Any  # store.Result
    finding: dict[str, Any]


def post_findings(results: Iterable[Any]) -> Iterator[PostFinding]:
    for result in results:
        text = result.post.get("text", "")
        for finding in result.report.get("findings", []):
            yield PostFinding(post_fingerprint(result.post_id, result.text_hash, text, finding), result, finding)


def eval_export(results: Iterable[Any], decisions: Mapping[str, str], out) -> int:
    """Labelled posts (the ``postcheck eval`` format) for every post with at least one decision.

    Findings marked reviewed or actioned are confirmed: their rules go in
    ``expect.rules`` and the highest of their severities is the verdict. A false
    alarm's rule is left out (so predicting it again counts as a false
    positive); a finding nobody decided on is ``allowed`` (counted neither way).
    """
    written = 0
    for result in results:
        text = result.post.get("text", "")
        confirmed, undecided, decided = {}, set(), False
        for finding in result.report.get("findings", []):
            decision = decisions.get(post_fingerprint(result.post_id, result.text_hash, text, finding))
            decided |= decision is not None
            if decision in ("reviewed", "actioned"):
                rule = finding["rule"]
                confirmed[rule] = max(confirmed.get(rule, "advice"), finding["severity"], key=RANK.__getitem__)
            elif decision is None:
                undecided.add(finding["rule"])
        if not decided:
            continue
        verdict = max(confirmed.values(), key=RANK.__getitem__, default="ok")
        post = {k: v for k, v in result.post.items() if k not in ("expect", "note", "time_known")}
        post["id"] = result.post_id
        post["expect"] = {"rules": sorted(confirmed), "allowed": sorted(undecided - set(confirmed)), "verdict": verdict}
        out.write(json.dumps(post, ensure_ascii=False) + "\n")
        written += 1
    return written


@dataclass
class ReviewState:
    """The decisions recorded, and the baseline when the run asked for new findings only."""

    decisions: dict[str, str]
    baseline: set[str] | None = None

    def shown(self, fingerprint: str) -> bool:
        """With a baseline, only findings neither in it nor decided on are shown; without one, all are."""
        return self.baseline is None or (fingerprint not in self.baseline and fingerprint not in self.decisions)

    def fails(self, fingerprint: str) -> bool:
        """Whether a finding counts for ``--fail-on`` (shown, and not marked a false alarm)."""
        return self.shown(fingerprint) and self.decisions.get(fingerprint) != "false-alarm"


def visible_report(result: Any, review: ReviewState | None) -> tuple[dict[str, Any], list[str]]:
    """The post's report with only the findings to show, and their fingerprints (in order)."""
    text = result.post.get("text", "")
    kept, prints = [], []
    for finding in result.report.get("findings", []):
        fingerprint = post_fingerprint(result.post_id, result.text_hash, text, finding)
        if review is None or review.shown(fingerprint):
            kept.append(finding)
            prints.append(fingerprint)
    report = dict(result.report)
    report["findings"] = kept
    if len(kept) != len(result.report.get("findings", [])):
        report["verdict"] = max((f["severity"] for f in kept), key=RANK.__getitem__, default="ok")
    return report, prints
