"""Every error the API sends has one shape: ``{"error": {"code", "message"}}``.

Codes are stable (clients branch on them); messages are one line for people
and never echo the post's text.
"""
from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse

from ..errors import PostcheckError
from .models import ErrorOut

HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "invalid_post",
    429: "rate_limited",
    500: "internal_error",
    503: "unavailable",
    504: "timeout",
}


class ApiError(Exception):
    """An error answer: status, stable code, one-line message, optional headers."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    @classmethod
    def refusing(cls, exc: PostcheckError, code: str | None = None, where: str = "", status: int = 422) -> "ApiError":
        """A user error of the checker as an answer: its message, and ``invalid_<its code>`` unless ``code``
        names the problem more finely (a ``PostError`` is ``invalid_post``)."""
        return cls(status, code or "invalid_" + exc.code.replace("-", "_"), f"{where}{exc}")


class BodyTooLarge(PostcheckError, code="body-too-large"):
    """Raised while reading a body that passes ``max_body_bytes``."""

    def __init__(self, limit: int):
        super().__init__(f"the request body is larger than the limit of {limit:,} bytes")
        self.limit = limit


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def remember_error(request: Request, code: str) -> None:
    """Let the access log name the error code (never the message)."""
    request.state.error_code = code


async def api_error_handler(request: Request, exc: ApiError) -> JSONResponse:
    remember_error(request, exc.code)
    return error_response(exc.status, exc.code, exc.message, exc.headers)


async def body_too_large_handler(request: Request, exc: BodyTooLarge) -> JSONResponse:
    remember_error(request, "body_too_large")
    return error_response(413, "body_too_large", str(exc), {"Connection": "close"})


async def http_error_handler(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = HTTP_CODES.get(exc.status_code, "http_error")
    messages = {404: "no such resource", 405: f"{request.method} is not allowed here"}
    message = messages.get(exc.status_code) or (exc.detail if isinstance(exc.detail, str) else code.replace("_", " "))
    remember_error(request, code)
    return error_response(exc.status_code, code, message, getattr(exc, "headers", None))


async def validation_error_handler(request: Request, exc: Any) -> JSONResponse:
    """FastAPI's own validation (path and header parameters) in the same shape."""
    errors = exc.errors() if hasattr(exc, "errors") else []
    where = ".".join(str(p) for p in errors[0].get("loc", ())) if errors else "request"
    message = f"{where}: {errors[0].get('msg', 'invalid')}" if errors else "invalid request"
    remember_error(request, "invalid_request")
    return error_response(422, "invalid_request", message)


def install(app) -> None:
    from fastapi.exceptions import RequestValidationError

    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(BodyTooLarge, body_too_large_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)


#: documented error responses, shared by the routes' OpenAPI entries
def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    descriptions = {
        400: "Malformed JSON, invalid UTF-8 or a body nested too deeply",
        401: "Missing or unknown API key (X-API-Key)",
        404: "No such rule",
        413: "Request body larger than [server] max_body_bytes",
        415: "Content-Type is not application/json",
        422: "The post is invalid: missing, empty or too long text, wrong types, invalid Unicode",
        429: "Rate limit reached; see Retry-After",
        500: "Unexpected error (logged with the request id)",
        503: "Models still loading, or the server is overloaded; see Retry-After",
        504: "The check took longer than [server] request_timeout_seconds",
    }
    return {status: {"model": ErrorOut, "description": descriptions[status]} for status in statuses}
