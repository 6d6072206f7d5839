"""The FastAPI application: the HTTP face of the same ``Checker``.

``create_app`` builds it from a config (or an already loaded ``Checker``, as
tests do). Built from a config, the app checks in separate
processes (``workers.py``) that load the models in the background, so
``/healthz`` answers at once, ``/readyz`` says 503 until checks can run, and
a check past its deadline is killed. Built around a loaded ``Checker`` (as
tests do), checks run in threads of this process (``runner.py``).
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.security import APIKeyHeader
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..checker import Checker
from ..config import Config, load_config
from ..post import Post, PostError
from ..present import rule_dict  # one JSON shape for rules, shared with `postcheck rules --format json`
from . import errors
from .body import read_json, validate
from .errors import ApiError
from .logs import ERROR_LOGGER, event
from .middleware import BodyLimit, ContainErrors, RequestContext, json_cors_middleware
from .models import BatchIn, BatchOut, HealthOut, PostIn, ReadyOut, ReportOut, RuleOut, RulePackOut
from .ratelimit import RateLimiter, retry_after
from .front import Front
from .runner import CheckRunner
from .security import KeyChecker, key_label
from .settings import ServerSettings

STATIC_DIR = Path(__file__).resolve().parent / "static"
CONFIG_ENV = "POSTCHECK_SERVER_CONFIG"
TABLE_ENV = "POSTCHECK_SERVER_TABLE"
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
               "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def docs_policy(html: str) -> str:
    """The Swagger UI page's policy: its own files, plus its one inline start-up script by hash."""
    import base64
    import hashlib
    import re

    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"
        for script in re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL))
    # Swagger UI sets style attributes as it renders: styles need 'unsafe-inline', scripts do not
    return (f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
            "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="An API key, when the server has them ([server] api_keys).")


@dataclass
class ServerState:
    config: Config
    settings: ServerSettings
    checker: Optional[Checker | Front] = None
    runner: Optional[Any] = None  # CheckRunner (threads) or ProcessRunner (processes)
    status: str = "loading"
    address_limits: RateLimiter = field(init=False)
    key_limits: RateLimiter = field(init=False)
    failed_keys: RateLimiter = field(init=False)
    keys: KeyChecker = field(init=False)

    def __post_init__(self) -> None:
        self.address_limits = RateLimiter(self.settings.rate_limit_per_minute)
        self.key_limits = RateLimiter(self.settings.rate_limit_per_key_per_minute)
        self.failed_keys = RateLimiter(self.settings.failed_key_attempts_per_minute)
        self.keys = KeyChecker(self.settings.api_keys)

    def attach(self, checker: Checker) -> None:
        self.checker = checker
        self.runner = CheckRunner(checker, threads=self.settings.threads, max_queue=self.settings.max_queue)
        self.status = "ready"


def state_of(request: Request) -> ServerState:
    return request.app.state.server


# --- dependencies ----------------------------------------------------------

async def guard(request: Request, api_key: Optional[str] = Depends(api_key_header)) -> None:
    """API key (required once any is configured, checked whenever sent) and rate limits:
    per key if keyed, else per address; failed key attempts are limited per address."""
    server = state_of(request)
    address = request.client.host if request.client else "-"
    if api_key is None and server.settings.api_keys:
        raise ApiError(401, "missing_api_key", "this server needs an API key in the X-API-Key header")
    if api_key is not None:
        stored = server.keys.remembered(api_key)
        if stored is None:
            wait = server.failed_keys.peek(address)
            if wait:
                raise ApiError(429, "rate_limited", "too many failed API-key attempts from this address; wait",
                               {"Retry-After": retry_after(wait)})
            stored = await asyncio.to_thread(server.keys.match, api_key)  # scrypt: off the event loop
        if stored is None:
            server.failed_keys.acquire(address)
            raise ApiError(401, "invalid_api_key", "the X-API-Key header does not hold a known key")
        request.state.api_key = key_label(stored)
        wait = server.key_limits.acquire(stored)
    else:
        wait = server.address_limits.acquire(address)
    if wait:
        raise ApiError(429, "rate_limited", "too many requests; slow down", {"Retry-After": retry_after(wait)})


def ready(request: Request) -> ServerState:
    server = state_of(request)
    if server.status != "ready":
        message = "the checker is still loading" if server.status == "loading" else "the checker failed to load"
        raise ApiError(503, "not_ready", message, {"Retry-After": "2"})
    return server


# --- checking --------------------------------------------------------------

def to_post(checker: Checker, data: dict[str, Any], where: str = "") -> Post:
    """The Checker's own validation; the error code says which rule the post broke."""
    try:
        return checker.to_post(data)
    except PostError as exc:
        text = data.get("text", "")
        if not text.strip():
            code = "empty_text"
        elif len(text) > checker.config.max_chars:
            code = "text_too_long"
        else:
            code = None
        raise ApiError.refusing(exc, code, where) from None


def no_lone_surrogates(data: Any) -> None:
    """JSON allows \\ud800 escapes that no UTF-8 text can hold: refuse them anywhere in the body."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(422, "invalid_unicode", "the body contains invalid Unicode (a lone surrogate such as \\ud800)") from None


def post_dict(item: PostIn, where: str = "") -> dict[str, Any]:
    """The post as the Checker takes it; ``created_at`` must carry its offset (the contract says so)."""
    data = item.model_dump(exclude_none=True)
    created = data.get("created_at")
    if created and not created.endswith(("Z", "z")):
        from datetime import datetime

        try:
            naive = datetime.fromisoformat(created).tzinfo is None
        except ValueError:
            naive = False  # not a timestamp at all: the Checker's message says so
        if naive:
            raise ApiError(422, "invalid_field", f"{where}'created_at' needs a UTC offset, e.g. "
                           "2026-01-10T23:40:00+00:00 (ISO 8601 with offset)")
    return data


async def run_checks(request: Request, server: ServerState, posts: list[Post]) -> list[dict[str, Any]]:
    assert server.runner is not None
    request.state.posts = len(posts)
    if server.settings.log_post_text:
        request.state.post_texts = [p.text for p in posts]
    reports = await server.runner.check(posts)
    request.state.verdicts = [r["verdict"] for r in reports]
    return reports


async def within_time_limit(server: ServerState, work):
    limit = server.settings.request_timeout_seconds
    try:
        async with asyncio.timeout(limit):
            return await work
    except TimeoutError:
        raise ApiError(504, "timeout", f"the request took longer than {limit:g} seconds") from None


# --- routes ----------------------------------------------------------------

v1 = APIRouter(prefix="/v1", dependencies=[Depends(guard)])
POST_ERRORS = errors.responses(400, 401, 413, 415, 422, 429, 500, 503, 504)
GET_ERRORS = errors.responses(401, 429, 500, 503)


def request_body(model) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


@v1.post("/check", summary="Check one draft post", response_model=ReportOut, responses=POST_ERRORS,
         openapi_extra=request_body(PostIn))
async def check_one(request: Request) -> JSONResponse:
    """The post JSON of the contract in, the report of the contract (``Report.to_dict()``) out."""
    server = ready(request)

    async def work():
        data = await read_json(request)
        no_lone_surrogates(data)
        item = validate(PostIn, data)
        post = to_post(server.checker, post_dict(item))
        return (await run_checks(request, server, [post]))[0]

    return JSONResponse(await within_time_limit(server, work()))


@v1.post("/check/batch", summary="Check several posts", response_model=BatchOut, responses=POST_ERRORS,
         openapi_extra=request_body(BatchIn))
async def check_batch(request: Request) -> JSONResponse:
    """Up to ``[server] max_batch`` posts in one request; one report each, in order."""
    server = ready(request)

    async def work():
        data = await read_json(request)
        no_lone_surrogates(data)
        batch = validate(BatchIn, data)
        limit = server.settings.max_batch
        if len(batch.posts) > limit:
            raise ApiError(422, "too_many_posts", f"a batch holds at most {limit} posts; this one has {len(batch.posts)}")
        posts = [to_post(server.checker, post_dict(p, f"posts[{i}]: "), f"posts[{i}]: ") for i, p in enumerate(batch.posts)]
        return {"reports": await run_checks(request, server, posts)}

    return JSONResponse(await within_time_limit(server, work()))


@v1.get("/rules", summary="The rule pack", response_model=RulePackOut, responses=GET_ERRORS)
async def list_rules(request: Request) -> JSONResponse:
    """Every rule with its clause and golden-rule texts, severity and the signals that raise it."""
    pack = ready(request).checker.rule_pack
    return JSONResponse({"code": pack.code, "title": pack.title, "rules": [rule_dict(r) for r in pack.rules.values()]})


@v1.get("/rules/{rule_id}", summary="One rule", response_model=RuleOut,
        responses={**GET_ERRORS, **errors.responses(404)})
async def get_rule(request: Request, rule_id: str) -> JSONResponse:
    pack = ready(request).checker.rule_pack
    rule = pack.rules.get(rule_id)
    if rule is None:
        raise ApiError(404, "unknown_rule", "no rule with that id; GET /v1/rules lists them")
    return JSONResponse(rule_dict(rule))


def add_service_routes(app: FastAPI) -> None:
    @app.get("/healthz", summary="Liveness", response_model=HealthOut, tags=["service"])
    async def healthz() -> dict[str, str]:
        """Answers whenever the process serves requests, even while checks are busy."""
        return {"status": "ok"}

    @app.get("/readyz", summary="Readiness", response_model=ReadyOut, tags=["service"],
             responses={503: {"model": ReadyOut, "description": "Loading, failed to load, or a check is stuck"}})
    async def readyz(request: Request) -> JSONResponse:
        """503 while loading, after a failed load, or while a check has run far past the time limit
        (a stuck thread: restart this worker)."""
        server = state_of(request)
        body: dict[str, Any] = {"status": server.status}
        stall_after = 3 * server.settings.request_timeout_seconds
        if server.runner is not None and server.runner.longest_running() > stall_after:
            body["status"] = "stalled"
        if server.checker is not None:
            body.update(checker_version=__version__, rule_pack=server.checker.rule_pack.code,
                        detectors=[d.name for d in server.checker.detectors])
        ready = body["status"] == "ready"
        return JSONResponse(body, status_code=200 if ready else 503, headers=None if ready else {"Retry-After": "2"})


def add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Content-Security-Policy": PAGE_POLICY})

    try:
        from swagger_ui_bundle import swagger_ui_path  # Swagger UI's files, so /docs works offline
    except ImportError:
        swagger_ui_path = None
    if swagger_ui_path is not None:
        app.mount("/docs-assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        from fastapi.openapi.docs import get_swagger_ui_html

        if swagger_ui_path is None:  # falls back to FastAPI's CDN copy: needs a network
            return get_swagger_ui_html(openapi_url="/openapi.json", title="postcheck API")
        page = get_swagger_ui_html(openapi_url="/openapi.json", title="postcheck API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon-32x32.png")
        page.headers["Content-Security-Policy"] = docs_policy(page.body.decode("utf-8"))
        return page


def add_openapi(app: FastAPI) -> None:
    """Put the request models (read by hand, see body.py) into the document's components."""
    from fastapi.openapi.utils import get_openapi
    from pydantic.json_schema import models_json_schema

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        _, defs = models_json_schema([(PostIn, "validation"), (BatchIn, "validation")],
                                     ref_template="#/components/schemas/{model}")
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas.update(defs.get("$defs", {}))
        # FastAPI documents its own 422 body; ours has the one error shape
        for operation in (op for item in schema["paths"].values() for op in item.values()):
            invalid = operation.get("responses", {}).get("422", {})
            if "HTTPValidationError" in json.dumps(invalid):
                invalid["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi


# --- the application -------------------------------------------------------

def create_app(config: Config | str | Path | None = None, *, checker: Checker | None = None,
               server_table: dict[str, Any] | None = None) -> FastAPI:
    """The app for ``config`` (or a loaded ``checker``); ``server_table`` replaces the config's [server]."""
    if checker is not None:
        config = checker.config
    elif not isinstance(config, Config):
        config = load_config(config)
    table = config.server if server_table is None else server_table
    settings = ServerSettings.from_table(table, str(config.source or "config"))
    server = ServerState(config=config, settings=settings)
    if checker is not None:
        server.attach(checker)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        loading = None
        if server.checker is None:
            loading = asyncio.create_task(_load(server))
        try:
            yield
        finally:
            if loading is not None and not loading.done():
                loading.cancel()
            if server.runner is not None and checker is None:
                server.runner.shutdown()

    app = FastAPI(
        title="postcheck API",
        version="1",
        description=("Checks a councillor's draft social-media post against the council's Members' Code of "
                     "Conduct and explains each finding in the code's own words. Errors are "
                     '`{"error": {"code", "message"}}`.'),
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.server = server
    errors.install(app)
    app.include_router(v1, tags=["checks"])
    add_service_routes(app)
    add_pages(app)
    add_openapi(app)
    one_post, batch = settings.body_limits(config.max_chars)
    app.add_middleware(BodyLimit, max_body_bytes=one_post, per_path={"/v1/check/batch": batch})
    app.add_middleware(ContainErrors)
    # always installed: with no origins listed, every preflight gets the documented cors_refused
    app.add_middleware(
        json_cors_middleware(),
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "X-API-Key", "X-Request-ID"],
        expose_headers=["X-Request-ID", "Retry-After"],
        max_age=600,
    )
    app.add_middleware(RequestContext, log_post_text=settings.log_post_text)
    if settings.trusted_proxies:  # outermost: the client address is settled before anything reads it
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))
    return app


async def _load(server: ServerState) -> None:
    """The rule pack here; the models in the check processes."""
    from .workers import ProcessRunner

    event(ERROR_LOGGER, "loading checker")
    settings = server.settings
    runner = None
    try:
        front = await asyncio.to_thread(Front, server.config)
        runner = ProcessRunner(server.config, processes=settings.threads, max_queue=settings.max_queue)
        await runner.start()
    except Exception as exc:  # noqa: BLE001 - reported by /readyz and the log
        if runner is not None:
            runner.shutdown()
        server.status = "failed"
        event(ERROR_LOGGER, "checker failed to load", logging.ERROR, exception=type(exc).__name__, reason=str(exc))
        return
    server.checker, server.runner, server.status = front, runner, "ready"
    event(ERROR_LOGGER, "checker ready", detectors=[d.name for d in front.detectors], processes=settings.threads)


def app_from_environment() -> FastAPI:
    """Factory for ``uvicorn --factory`` and ``--workers``: the config path comes from the environment.

    ``POSTCHECK_SERVER_TABLE`` (JSON) replaces the config's [server] table: the load test uses it
    to switch rate limits off without editing the council's file.
    """
    table = os.environ.get(TABLE_ENV)
    return create_app(os.environ.get(CONFIG_ENV) or None, server_table=json.loads(table) if table else None)
