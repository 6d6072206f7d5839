"""The API's request and report models follow the post contract (post.py) and the severity scale, never a copy."""
from __future__ import annotations

import dataclasses
import typing

import pytest

pytest.importorskip("pydantic")

from postcheck.post import ACCOUNT_KINDS, POST_KINDS, Media, Post  # noqa: E402
from postcheck.server.models import MediaIn, PostIn, Severity, Verdict  # noqa: E402
from postcheck.severity import LEVELS, SEVERITIES  # noqa: E402


def choices(annotation) -> tuple[str, ...]:
    """The values an ``Optional[Literal[...]]`` field allows."""
    literal = next(arg for arg in typing.get_args(annotation) if arg is not type(None))
    return typing.get_args(literal)


def test_a_post_in_has_the_contract_fields():
    contract = {f.name for f in dataclasses.fields(Post) if f.name != "time_known"}  # derived, never sent
    assert set(PostIn.model_fields) == contract
    assert set(MediaIn.model_fields) == {f.name for f in dataclasses.fields(Media)}


def test_choices_come_from_the_contract():
    assert choices(PostIn.model_fields["account"].annotation) == ACCOUNT_KINDS
    assert choices(PostIn.model_fields["kind"].annotation) == POST_KINDS
    assert typing.get_args(Verdict) == LEVELS and typing.get_args(Severity) == SEVERITIES


def test_the_schema_lists_the_contract_choices():
    schema = PostIn.model_json_schema()
    enums = {name: next(a["enum"] for a in schema["properties"][name]["anyOf"] if "enum" in a)
             for name in ("account", "kind")}
    assert enums == {"account": list(ACCOUNT_KINDS), "kind": list(POST_KINDS)}
