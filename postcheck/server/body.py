"""Reading a JSON request body with errors clients can act on.

The body is read here (not by FastAPI) so each failure has its own stable
code: wrong content type (415), invalid UTF-8, malformed JSON or nesting
deeper than ``MAX_DEPTH`` (400), a body that fails the model (422).
"""
from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from .errors import ApiError

MAX_DEPTH = 16
Model = TypeVar("Model", bound=BaseModel)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def require_json(request: Request) -> None:
    content_type = request.headers.get("content-type", "")
    media_type, _, params = content_type.partition(";")
    charset = params.strip().lower().removeprefix("charset=").strip('"') if "charset=" in params.lower() else "utf-8"
    if media_type.strip().lower() != "application/json" or charset not in ("utf-8", "utf8"):
        raise ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json (UTF-8)")


def depth(value: Any) -> int:
    """How deeply arrays and objects nest (iteratively, so no recursion limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, level)
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((v, level + 1) for v in item)
    return deepest


async def read_json(request: Request) -> Any:
    require_json(request)
    raw = await request.body()
    if not raw.strip():
        raise ApiError(400, "malformed_json", "the body is empty; send a JSON object")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark, as some editors and tools write
    except UnicodeDecodeError as exc:
        raise ApiError(400, "invalid_utf8", f"the body is not valid UTF-8 (byte {exc.start})") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise ApiError(400, "too_deeply_nested", f"the body nests deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ApiError(400, "malformed_json", f"the body is not valid JSON{where}") from None
    if depth(data) > MAX_DEPTH:
        raise ApiError(400, "too_deeply_nested", f"the body nests deeper than {MAX_DEPTH} levels")
    return data


def validate(model: type[Model], data: Any) -> Model:
    """Validate against ``model``; the message names the field, never echoes its value."""
    if not isinstance(data, dict):
        raise ApiError(422, "invalid_body", "the body must be a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        if first["type"] == "missing" and first["loc"][-1] == "text":
            raise ApiError(422, "missing_text", f"'{where}' is required: the draft to check") from None
        if first["type"] == "missing":
            raise ApiError(422, "missing_field", f"'{where}' is required") from None
        raise ApiError(422, "invalid_field", f"'{where}': {first['msg']}") from None
