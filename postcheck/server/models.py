"""Pydantic models of the HTTP API, so ``/openapi.json`` describes it exactly.

Requests mirror the post JSON contract (ARCHITECTURE.md) and take its
choices from ``post.py``, as verdicts and severities come from ``severity.py``,
so the API cannot drift from what the checker accepts. Responses mirror
``Report.to_dict()``. Report models allow extra keys because the contract
grows additively (new detectors add evidence and fields).
"""
from __future__ import annotations

from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from ..post import ACCOUNT_KINDS, POST_KINDS
from ..severity import LEVELS, SEVERITIES

Verdict = Literal[LEVELS]
Severity = Literal[SEVERITIES]


class MediaIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    alt: Optional[StrictStr] = None
    credit: Optional[StrictStr] = None


class PostIn(BaseModel):
    """A draft post: only ``text`` is required."""

    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={"examples": [{"text": "Between you and me, the Part 2 report says the depot sale is done."}]},
    )
    text: StrictStr = Field(description="The draft, as typed. Must not be empty; at most [checker] max_chars characters.")
    id: Optional[Union[StrictStr, StrictInt]] = Field(None, description="Your id for the post; echoed in the report.")
    author: Optional[StrictStr] = Field(None, description="The posting account's handle.")
    created_at: Optional[StrictStr] = Field(None, description="When it will be posted: ISO 8601 with a UTC offset.")
    platform: Optional[StrictStr] = None
    account: Optional[Literal[ACCOUNT_KINDS]] = None
    kind: Optional[Literal[POST_KINDS]] = None
    quoted_text: Optional[StrictStr] = Field(None, description="The text a quote, repost or reply amplifies.")
    media: Optional[list[MediaIn]] = None


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    posts: list[PostIn] = Field(description="The posts to check, at most [server] max_batch of them.", min_length=1)


class QuoteOut(BaseModel):
    id: str
    kind: Literal["clause", "golden_rule"]
    heading: str
    text: str = Field(description="The passage, quoted verbatim from the code.")


class FindingOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    rule: str
    title: str
    severity: Severity
    spans: list[list[int]] = Field(description="[start, end) character offsets into the post's text.")
    clauses: list[str]
    golden_rules: list[str]
    quotes: list[QuoteOut]
    explanation: str
    suggestion: str
    evidence: dict[str, Any]


class ReportOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Optional[str] = None
    verdict: Verdict
    findings: list[FindingOut]
    redacted_text: Optional[str] = Field(description="The post with personal data replaced, when any was found.")
    rule_pack: Optional[str]
    checker_version: Optional[str]


class BatchOut(BaseModel):
    reports: list[ReportOut] = Field(description="One report per post, in order.")


class RuleExamples(BaseModel):
    """Example posts: a text, or a post object where metadata matters (a repost's quoted text)."""

    raises: list[str | dict[str, Any]]
    passes: list[str | dict[str, Any]]


class SignalLevelOut(BaseModel):
    """How a signal grades its rule when facts matter: raised to review by ``review_when`` or to
    block by ``block_when``, the
    level the pack already gave amplified content (``severity_from``), counted only when a fact
    holds (``only_when``)."""

    severity: Severity | None = None
    review_when: list[str] = []
    block_when: list[str] = []
    severity_from: str | None = None
    only_when: list[str] = []


class RuleOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    title: str
    scope: Literal["post", "account"]
    severity: Severity
    clauses: list[QuoteOut]
    golden_rules: list[QuoteOut]
    signals: dict[str, Severity | SignalLevelOut]
    explanation: str
    suggestion: str
    examples: RuleExamples


class RulePackOut(BaseModel):
    code: str
    title: str
    rules: list[RuleOut]


class ErrorBody(BaseModel):
    code: str = Field(description="Stable, machine-readable: e.g. malformed_json, empty_text, rate_limited.")
    message: str = Field(description="One line for people.")


class ErrorOut(BaseModel):
    error: ErrorBody


class HealthOut(BaseModel):
    status: Literal["ok"]


class ReadyOut(BaseModel):
    status: Literal["ready", "loading", "failed", "stalled"]
    checker_version: Optional[str] = None
    rule_pack: Optional[str] = None
    detectors: list[str] = Field(default_factory=list)
