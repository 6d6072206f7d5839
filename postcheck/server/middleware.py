"""ASGI middleware: request ids and access logs, error containment, body limit.

Order, outermost first: ``RequestContext`` (id, timing, one access-log line
per request) → CORS → ``ContainErrors`` (any unexpected exception becomes a
JSON 500, logged without its message, so no post text reaches a log) →
``BodyLimit`` (413 on Content-Length, or as soon as the bytes read pass the
limit) → the application.
"""
from __future__ import annotations

import logging
import re
import time
import traceback
import uuid
from typing import Any

from .errors import BodyTooLarge
from .logs import ACCESS_LOGGER, ERROR_LOGGER, event

REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
#: for every response without a policy of its own (JSON, /openapi.json, static files): nothing may run
DEFAULT_POLICY = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")


def _state(scope: dict[str, Any]) -> dict[str, Any]:
    return scope.setdefault("state", {})


async def _send_json(send, status: int, code: str, message: str, extra_headers: list[tuple[bytes, bytes]] = ()) -> None:
    import json

    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *extra_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestContext:
    """Gives each request an id (echoing a safe X-Request-ID) and logs one JSON line for it."""

    def __init__(self, app, *, log_post_text: bool = False):
        self.app = app
        self.log_post_text = log_post_text

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        state = _state(scope)
        state["request_id"] = request_id
        started = time.perf_counter()
        response: dict[str, Any] = {"status": 500, "bytes": 0}

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                response["status"] = message["status"]
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"x-request-id"]
                if not any(h[0].lower() == DEFAULT_POLICY[0] for h in headers):
                    headers.append(DEFAULT_POLICY)
                message["headers"] = [*headers, (b"x-request-id", request_id.encode()), *SECURITY_HEADERS]
            elif message["type"] == "http.response.body":
                response["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            fields = {
                "request_id": request_id,
                "method": scope["method"],
                # the raw path only once a route matched: an unknown path could hold anything
                "path": scope["path"] if scope.get("route") is not None else "(unmatched)",
                "status": response["status"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "client": (scope.get("client") or ("-",))[0],
                "bytes_in": state.get("bytes_in", 0),
                "bytes_out": response["bytes"],
            }
            for key in ("error_code", "api_key", "posts", "verdicts"):
                if state.get(key) is not None:
                    fields[key] = state[key]
            if self.log_post_text and state.get("post_texts") is not None:
                fields["post_texts"] = state["post_texts"]
            event(ACCESS_LOGGER, "request", **fields)


class ContainErrors:
    """Turns any unexpected exception into a JSON 500; logs its type and frames, never its message."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # noqa: BLE001 - the one place that must catch everything
            state = _state(scope)
            state["error_code"] = "internal_error"
            frames = [f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__)]
            event(ERROR_LOGGER, "unhandled exception", logging.ERROR, request_id=state.get("request_id"),
                  exception=type(exc).__name__, frames=frames[-8:])
            if not started:
                await _send_json(send, 500, "internal_error",
                                 f"unexpected error; quote request id {state.get('request_id')} when reporting it")


class BodyLimit:
    """413 when Content-Length is over the limit, or as soon as the bytes read pass it.

    ``per_path`` gives some paths a limit of their own (a batch holds many posts).
    """

    def __init__(self, app, *, max_body_bytes: int, per_path: dict[str, int] | None = None):
        self.app = app
        self.default = max_body_bytes
        self.per_path = per_path or {}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.per_path.get(scope["path"], self.default)
        state = _state(scope)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                declared = -1
            if declared < 0 or declared > limit:
                state["error_code"] = "body_too_large" if declared > 0 else "bad_request"
                if declared < 0:
                    return await _send_json(send, 400, "bad_request", "invalid Content-Length")
                return await _send_json(send, 413, "body_too_large",
                                        f"the request body is larger than the limit of {limit:,} bytes",
                                        [(b"connection", b"close")])
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                state["bytes_in"] = received
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited_receive, send)


def json_cors_middleware():
    """Starlette's CORS middleware, with its preflight refusal in the API's error shape."""
    from starlette.middleware.cors import CORSMiddleware
    from starlette.responses import JSONResponse

    class JsonCORSMiddleware(CORSMiddleware):
        def preflight_response(self, request_headers):
            response = super().preflight_response(request_headers)
            if response.status_code != 400:
                return response
            reason = response.body.decode("utf-8", "replace").removeprefix("Disallowed CORS ")
            headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-type", "content-length")}
            return JSONResponse({"error": {"code": "cors_refused", "message": f"cross-origin request refused ({reason})"}},
                                status_code=400, headers=headers)

    return JsonCORSMiddleware
