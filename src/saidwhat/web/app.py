"""The saidwhat web viewer and HTTP API (FastAPI): :func:`create_app`.

Routes (JSON under ``/v1``; OpenAPI at ``/docs``, Swagger UI served from local files)::

    POST /v1/extract                 {"text" | "html", "title"?, "classes"?, "negated"?} -> schema saidwhat/1
    GET  /v1/articles                ?outlet=&limit=&offset=&classes=&negated=   (corpus store)
    GET  /v1/articles/{id}           id = the article's text_sha256; ?classes=&negated=
    GET  /v1/speakers                ?outlet=&limit=&offset=&classes=&negated=
    GET  /v1/speakers/{id}           ?limit=&offset=&classes=&negated=
    GET  /v1/quotes                  ?speaker=&q=&outlet=&since=&until=&sort=&limit=&offset=&classes=&negated=
    GET  /v1/quotes/download         the same search, every page, ?format=csv|json (an attachment)
    GET  /v1/statements              ?speaker=&min_outlets=&drift=&min_appearances=&limit=&offset=   (issue 13)
    GET  /v1/statements/{id}         one statement: members with their drift, appearances, timeline
    GET  /healthz                    {"status": "ok"}: the process answers
    GET  /readyz                     200 when an extraction would be taken now (pipeline loaded, queue not
                                     full), else 503; both with the pool's counts

Pages (server-rendered Jinja2 templates, autoescaped): ``/`` (Extract: paste or upload),
``/articles``, ``/articles/{id}``, ``/speakers``, ``/speakers/{id}``, ``/quotes``, ``/statements``,
``/statements/{id}``. Every page
route answers ``HEAD`` as well as ``GET`` (uptime monitors send ``HEAD``).

Which attributions (issue 12, :mod:`saidwhat.filters`): what a person reads or counts — the corpus
routes and every page — is speech and writing (``DEFAULT_CLASSES``), negated attributions ("declined
to comment") hidden; ``classes=all`` is every attribution (negated ones included unless
``negated=false``), ``classes=thought,stance`` names classes. The pages carry a switch between
"Speech and writing only" and "All attributions" (``?classes=all``). ``POST /v1/extract`` and
``/v1/articles/{id}`` return the record whole unless ``classes``/``negated`` are given. An unknown
class gets 422.

Every route is thin: it parses its input, calls one library function (:func:`saidwhat.extract`
or a :mod:`saidwhat.corpus.query` function) and maps :mod:`saidwhat.errors` exceptions to a
status. Errors under ``/v1`` are JSON ``{"status": int, "message": str}``; pages get an HTML
error page.

Limits: a request body larger than ``Config.max_input_bytes`` (5,000,000 bytes by default,
``SAIDWHAT_MAX_INPUT_BYTES``) is refused with 413 before it is parsed; a text longer than
``Config.max_input_chars`` also gets 413; malformed JSON or a body of the wrong shape gets 422.

Extraction (``POST /v1/extract`` and the Extract page) runs on ``workers`` extraction worker
processes behind a bounded queue (:class:`saidwhat.web.workers.ExtractionPool`; the module says why
one server process with a pool rather than several server processes): past ``workers + queue``
requests in flight a request gets 503 with ``Retry-After`` at once, and one not answered within
``timeout_s`` gets 504 (its worker is killed and replaced). Every other route runs in the server
process and stays responsive while extraction is saturated.

Security: article text is untrusted. Templates are autoescaped, no user data is written into
scripts, and every page is sent with a Content-Security-Policy that allows no inline script or
style, so hostile markup in an article renders as inert text. No route reads a server file from
a path given by a client: the corpus store path comes from the operator (``--db``), uploads are
read from the request body only.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import json
import logging
import math
import sqlite3
import weakref
from datetime import date
from pathlib import Path
from typing import Any, AsyncIterator, Callable

from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..config import DEFAULT_REQUEST_TIMEOUT_S, DEFAULT_SERVE_WORKERS, Config
from ..errors import InputError, InputTooLargeError, OverloadedError, SaidwhatError, StoreError, TimeLimitError
from ..filters import ALL, UNCLASSIFIED_AS, classes_param, resolve
from ..types import CUE_CLASSES, DEFAULT_CLASSES, Article
from .render import build_view, content_parts, variant_parts
from .workers import ExtractionPool, Job, filtered

HERE = Path(__file__).parent
log = logging.getLogger("saidwhat.web")
API_PREFIX = "/v1"
#: Largest page size of the list routes.
MAX_LIMIT = 200
#: Most rows (and the default) of one quote-search download (``/v1/quotes/download``).
DOWNLOAD_LIMIT = 10_000
#: Orders of a quote search, with their labels on the Quotes page (the library's
#: ``saidwhat.corpus.query.QUOTE_SORTS``).
QUOTE_SORT_LABELS = (("relevance", "best match"), ("newest", "newest first"), ("oldest", "oldest first"))
#: Methods every page route answers.
PAGE_METHODS = ["GET", "HEAD"]
#: How many outlet colours the speakers chart has (CSS ``ol-0`` … ``ol-7``: Okabe–Ito); the
#: unknown outlet is ``ol-unknown``.
N_OUTLET_COLOURS = 8
#: The Content-Security-Policy of every page (no inline script or style; nothing from elsewhere).
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
#: The API documentation pages (Swagger UI, ReDoc; ``fastapi-offline``'s copies of their files, served
#: from :data:`DOCS_ASSETS`, nothing from a CDN).
DOCS_PATHS = ("/docs", "/redoc")
#: Where the documentation pages' JavaScript and CSS are served from.
DOCS_ASSETS = "/static-docs"
#: The CSP of the documentation pages: FastAPI's page starts Swagger UI with an inline script and
#: Swagger UI sets inline styles, so those are allowed there (the pages hold no user data); every
#: file still comes from this server only, and ReDoc's search runs in a blob: worker.
DOCS_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

#: ``(text, *, title, config, meta) -> Article``, like :func:`saidwhat.extract`.
ExtractFn = Callable[..., Article]  # the same as saidwhat.web.workers.ExtractFn


class ExtractRequest(BaseModel):
    """Body of ``POST /v1/extract``: exactly one of ``text`` and ``html``, and an optional title."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Plain article text; every offset of the result indexes it.")
    html: str | None = Field(None, description="An article page's HTML; its main text is extracted first.")
    title: str | None = Field(None, description="The article's title (kept in the result's `title`).")
    classes: list[str] | str | None = Field(
        None, description=f"Keep only the attributions of these cue classes ({', '.join(CUE_CLASSES)}; or \"all\"), "
                          "a list or a comma-separated string; default: every attribution. Negated ones are then "
                          "hidden unless `negated` is true (with \"all\": shown unless `negated` is false).")
    negated: bool | None = Field(None, description="Keep (true) or hide (false) negated attributions: speech that did "
                                                   "not happen ('declined to comment').")

    @model_validator(mode="after")
    def _one_input(self) -> "ExtractRequest":
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class ErrorBody(BaseModel):
    """Every error of the JSON API."""

    status: int
    message: str


def _error_json(status: int, message: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"status": status, "message": message, **extra}, status_code=status, headers=headers)


def _docs_static() -> Path:
    """The folder of Swagger UI's and ReDoc's files in the pinned ``fastapi-offline`` package
    (``swagger-ui-bundle.js``, ``swagger-ui.css``, ``redoc.standalone.js``, ``favicon.png``)."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def _is_api(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


class _BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413, before any parsing.

    Checks ``Content-Length`` first, then counts the bytes actually received (chunked uploads),
    buffering at most ``max_bytes`` before handing the body on.
    """

    def __init__(self, app: Any, max_bytes: int, render_error: Callable[[int, str], str]) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.render_error = render_error

    async def _refuse(self, scope: dict[str, Any], send: Any, status: int, message: str) -> None:
        if _is_api(scope.get("path", "")):
            body = json.dumps({"status": status, "message": message}).encode()
            ctype = b"application/json"
        else:
            body = self.render_error(status, message).encode("utf-8")
            ctype = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_big = f"request body over the limit of {self.max_bytes:,} bytes (SAIDWHAT_MAX_INPUT_BYTES)"
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await self._refuse(scope, send, 400, "bad Content-Length header")
                    return
                if declared > self.max_bytes:
                    await self._refuse(scope, send, 413, too_big)
                    return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                await self._refuse(scope, send, 413, too_big)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class _SecurityHeaders:
    """ASGI middleware: CSP, nosniff, no referrer and no framing on every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                            (b"x-frame-options", b"DENY")]
                policy = DOCS_CSP if path in DOCS_PATHS else CSP
                headers.append((b"content-security-policy", policy.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(enabled_extensions=("html",), default=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env


def _is_html(data: bytes, filename: str | None, content_type: str | None) -> bool:
    """Whether an upload is an HTML page: by its name's suffix, its type, or its first bytes."""
    from ..article.inputs import HTML_SUFFIXES

    if filename and Path(filename).suffix.lower() in HTML_SUFFIXES:
        return True
    if content_type and content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"):
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def create_app(db_path: str | Path | None = None, config: Config | None = None, *,
               extract_fn: ExtractFn | None = None, preload: bool = False,
               workers: int = DEFAULT_SERVE_WORKERS, queue: int | None = None,
               timeout_s: float = DEFAULT_REQUEST_TIMEOUT_S, processes: bool | None = None) -> FastAPI:
    """Build the web app.

    Args:
        db_path: the corpus store (``saidwhat.corpus.store.Store``) that ``/articles``,
            ``/speakers`` and ``/quotes`` read; ``None`` serves extraction only (the store routes
            answer 503).
        config: limits and model choice (:class:`~saidwhat.config.Config`; from the environment
            when ``None``). ``max_input_bytes`` is the request body limit.
        extract_fn: the function that reads one article, ``(text, *, title, config, meta) ->
            Article``; :func:`saidwhat.extract` when ``None`` (tests pass a stub).
        preload: start the extraction workers, each loading its pipeline, at start-up (the app's
            lifespan waits for them) instead of on the first extraction request.
        workers: extraction workers (1 or more).
        queue: extraction requests that may wait for a worker (0 or more; ``4 * workers`` when
            ``None``); past ``workers + queue`` in flight a request gets 503 with ``Retry-After``.
        timeout_s: seconds an extraction request may take from admission, its wait included;
            past it 504, and the worker running it is killed and replaced.
        processes: run the workers as ``spawn`` processes; ``None``: processes for the real
            extractor, threads for a given ``extract_fn`` (which then need not be picklable).

    Returns:
        A FastAPI app; ``app.state.pool`` is its :class:`~saidwhat.web.workers.ExtractionPool`.

    Raises:
        ValueError: ``workers``, ``queue`` or ``timeout_s`` out of range.
    """
    cfg = config or Config.from_env()
    store_path = Path(db_path) if db_path is not None else None
    env = _templates()
    pool = ExtractionPool(cfg, extract_fn=extract_fn, workers=workers, queue=queue, timeout_s=timeout_s,
                          processes=(extract_fn is None) if processes is None else processes, load=preload)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if preload:
            await pool.wait_started()
        try:
            yield
        finally:
            pool.close()
            await asyncio.to_thread(pool.join, 5.0)

    def render(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status)

    def render_error_html(status: int, message: str) -> str:
        return env.get_template("error.html").render(status=status, message=message)

    app = FastAPI(
        title="saidwhat", version=_version(), lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Who said what in news articles: attributions (source, cue, content, speaker) with "
                    "character offsets into the original text. Errors are JSON `{status, message}`; "
                    f"request bodies over {cfg.max_input_bytes:,} bytes get 413.",
        responses={413: {"model": ErrorBody}},
    )
    app.state.config = cfg
    app.state.db_path = store_path
    app.state.pool = pool
    weakref.finalize(app, pool.close)  # an app used without its lifespan (a TestClient outside `with`)
    app.add_middleware(_BodyLimit, max_bytes=cfg.max_input_bytes, render_error=render_error_html)
    app.add_middleware(_SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.mount(DOCS_ASSETS, StaticFiles(directory=str(_docs_static())), name="static-docs")

    # ---- errors --------------------------------------------------------------------------
    def _status_of(exc: SaidwhatError) -> int:
        if isinstance(exc, InputTooLargeError):
            return 413
        if isinstance(exc, InputError):
            return 422
        if isinstance(exc, TimeLimitError):
            return 504
        return 503  # OverloadedError, ModelError, StoreError: the server can't do it now

    def _headers_of(exc: SaidwhatError) -> dict[str, str] | None:
        return {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, OverloadedError) else None

    @app.exception_handler(SaidwhatError)
    async def _saidwhat_error(request: Request, exc: SaidwhatError) -> Response:
        status = _status_of(exc)
        if _is_api(request.url.path):
            extra = {"retry_after_s": exc.retry_after_s} if isinstance(exc, OverloadedError) else {}
            return _error_json(status, str(exc), _headers_of(exc), **extra)
        return HTMLResponse(render_error_html(status, str(exc)), status_code=status, headers=_headers_of(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        raw = list(exc.errors())
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in raw]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request", "type": ""}
        where = ".".join(str(p) for p in first["loc"])
        if first["type"] == "json_invalid":
            cause = (raw[0].get("ctx") or {}).get("error")
            message = "malformed JSON body" + (f": {cause}" if cause else "")
        else:
            message = f"{where}: {first['msg']}" if where else str(first["msg"])
        if _is_api(request.url.path):
            return _error_json(422, message, errors=errors)
        return HTMLResponse(render_error_html(422, message), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail) if exc.detail else "error"
        status = exc.status_code
        if status == 400 and message == "There was an error parsing the body":
            # FastAPI's answer to a body that is not UTF-8 JSON: malformed JSON, so 422 like the rest.
            status, message = 422, "malformed JSON body: not UTF-8 JSON text"
        if _is_api(request.url.path):
            return _error_json(status, message)
        return HTMLResponse(render_error_html(status, message), status_code=status)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        message = "internal error"
        if _is_api(request.url.path):
            return _error_json(500, message)
        return HTMLResponse(render_error_html(500, message), status_code=500)

    # ---- the corpus store ----------------------------------------------------------------
    def query(name: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``saidwhat.corpus.query.<name>(store, *args, **kwargs)`` on a fresh connection."""
        if store_path is None:
            raise StoreError("no corpus store: start the server with --db PATH")
        from ..corpus import query as q
        from ..corpus.store import Store

        try:
            with Store(store_path, readonly=True) as store:
                return getattr(q, name)(store, *args, **kwargs)
        except (StoreError, sqlite3.Error) as exc:  # the detail names server paths: log it, don't send it
            log.error("corpus store %s: %s", store_path, exc)
            raise StoreError("the corpus store can't be read now (see the server log)") from None

    def page_of(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
        more = len(items) > limit
        return {"items": jsonable_encoder(items[:limit]), "limit": limit, "offset": offset,
                "next_offset": offset + limit if more else None}

    def class_filter(classes: Any, negated: bool | None, default: Any = DEFAULT_CLASSES) -> dict[str, Any]:
        """A request's ``classes``/``negated`` as the corpus queries' arguments (an unknown class
        raises InputError: 422)."""
        wanted, with_negated = resolve(classes, negated, default)
        return {"classes": wanted, "negated": with_negated}

    def apply_filter(article: Article, filters: dict[str, Any]) -> Article:
        return filtered(article, filters)

    def page_filter(classes: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
        """A page's ``?classes=``: the query arguments and, for the templates, ``param`` (what
        links carry: ``""`` for speech and writing, ``"all"``, or the classes named) and ``query``
        (``"?classes=…"`` or ``""``)."""
        filters = class_filter(classes or None, None)  # an empty field (the form's default option): the default
        param = classes_param(filters["classes"], filters["negated"])
        return filters, {"param": param, "all": param == ALL, "query": f"?classes={param}" if param else ""}

    def list_speakers(outlet: str | None, limit: int, offset: int, filters: dict[str, Any]) -> list[dict[str, Any]]:
        rows = query("speakers", outlet=outlet or None, limit=offset + limit + 1, **filters)
        return list(rows)[offset:]

    def stored_article(article_id: str) -> tuple[Article, dict[str, Any]]:
        found = query("article", article_id)
        if found is None:
            raise StarletteHTTPException(404, f"no article {article_id!r} in the corpus")
        return found

    def stored_speaker(speaker_id: str, limit: int, offset: int, filters: dict[str, Any]) -> dict[str, Any]:
        """A corpus speaker with one page of its attributions (``attributions``, ``next_offset``)."""
        found = query("speaker", speaker_id, limit=0, **filters)
        if found is None:
            raise StarletteHTTPException(404, f"no speaker {speaker_id!r} in the corpus")
        rows = query("quotes", speaker=int(found["id"]), limit=limit + 1, offset=offset, **filters)
        page = page_of(rows, limit, offset)
        return {**jsonable_encoder(found), "attributions": page["items"], "limit": limit, "offset": offset,
                "next_offset": page["next_offset"]}

    # ---- JSON API ------------------------------------------------------------------------
    limit_q = Query(50, ge=1, le=MAX_LIMIT, description=f"page size (1–{MAX_LIMIT})")
    offset_q = Query(0, ge=0, description="items to skip")
    classes_q = Query(None, description=f"cue classes counted, comma-separated ({', '.join(CUE_CLASSES)}); default "
                                        f"{','.join(DEFAULT_CLASSES)}; all = every attribution")
    negated_q = Query(None, description="count negated attributions ('declined to comment'); default: only with classes=all")
    record_classes_q = Query(None, description=f"keep only these cue classes, comma-separated ({', '.join(CUE_CLASSES)}, "
                                               "or all); default: the whole record")

    @app.post(f"{API_PREFIX}/extract", tags=["extract"],
              responses={413: {"model": ErrorBody}, 422: {"model": ErrorBody},
                         503: {"model": ErrorBody, "description": "the extraction queue is full (see `Retry-After`), "
                                                                 "or the model can't be loaded"},
                         504: {"model": ErrorBody, "description": "the extraction took longer than the time limit"}})
    async def api_extract(body: ExtractRequest) -> Response:
        """Read one article (plain text or HTML) and return who said what in it (schema saidwhat/1).

        Offsets are `[start_char, end_char)` in characters of the returned `text`: the given text
        itself, or the text extracted from the HTML. When the server's extraction queue is full the
        answer is 503 at once, with `Retry-After` (seconds); past the server's time limit, 504.
        """
        filters = class_filter(body.classes, body.negated, None)
        if body.text is not None:
            job = Job(text=body.text, title=body.title, filters=filters, as_json=True)
        else:
            job = Job(data=(body.html or "").encode("utf-8"), name="request body", html=True, title=body.title,
                      filters=filters, as_json=True)
        payload = await pool.run(job)
        return Response(payload, media_type="application/json")

    # ---- health ------------------------------------------------------------------------------
    # GET in the OpenAPI schema, HEAD too (uptime monitors send it) but not listed twice
    @app.api_route("/healthz", methods=["HEAD"], include_in_schema=False)
    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        """Liveness: the server process answers (it does no extraction itself, so it answers while
        every worker is busy). Always `{"status": "ok"}`."""
        return {"status": "ok"}

    @app.api_route("/readyz", methods=["HEAD"], include_in_schema=False)
    @app.get("/readyz", tags=["health"],
             responses={503: {"description": "not ready: `message` says why (not started, the pipeline "
                                             "loading or failing to load, the queue full)"}})
    async def readyz() -> JSONResponse:
        """Readiness: 200 when an extraction request would be taken now (a worker has its pipeline
        loaded and the queue is not full), else 503. The body has `ready`, `message` and the pool's
        counts: `workers`, `workers_ready`, `running`, `waiting`, `in_flight`, `capacity`, `queue`,
        `timeout_s`, `load_error`."""
        ready, why, st = pool.readiness()
        status = 200 if ready else 503
        return JSONResponse({"status": status, "ready": ready, "message": why, **st}, status_code=status)

    # ---- documentation (Swagger UI and ReDoc from local files) ---------------------------------
    @app.api_route("/docs", methods=PAGE_METHODS, include_in_schema=False)
    async def docs_swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} API",
                                   swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.api_route("/redoc", methods=PAGE_METHODS, include_in_schema=False)
    async def docs_redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} API",
                              redoc_js_url=f"{DOCS_ASSETS}/redoc.standalone.js",
                              redoc_favicon_url="/static/favicon.svg", with_google_fonts=False)

    @app.get(f"{API_PREFIX}/articles", tags=["corpus"])
    def api_articles(outlet: str | None = None, limit: int = limit_q, offset: int = offset_q,
                     classes: str | None = classes_q, negated: bool | None = negated_q) -> dict[str, Any]:
        """Stored articles (id = text_sha256, title, url, outlet, published, n_attributions), newest first;
        ``n_attributions`` counts the attributions of ``classes`` (speech and writing by default)."""
        filters = class_filter(classes, negated)
        return page_of(query("articles", outlet=outlet or None, limit=limit + 1, offset=offset, **filters), limit, offset)

    @app.get(f"{API_PREFIX}/articles/{{article_id}}", tags=["corpus"])
    def api_article(article_id: str, classes: str | None = record_classes_q, negated: bool | None = negated_q) -> dict[str, Any]:
        """One stored article: its record (schema saidwhat/1; every attribution unless ``classes`` or
        ``negated`` is given) and its metadata (outlet, url…)."""
        filters = class_filter(classes, negated, None)
        article, metadata = stored_article(article_id)
        return {"id": article_id, "metadata": jsonable_encoder(metadata), "article": apply_filter(article, filters).to_dict()}

    @app.get(f"{API_PREFIX}/speakers", tags=["corpus"])
    def api_speakers(outlet: str | None = None, limit: int = limit_q, offset: int = offset_q,
                     classes: str | None = classes_q, negated: bool | None = negated_q) -> dict[str, Any]:
        """Speakers across the corpus with their attribution counts by outlet, most quoted first; the
        counts are of the attributions of ``classes`` (speech and writing by default)."""
        return page_of(list_speakers(outlet, limit, offset, class_filter(classes, negated)), limit, offset)

    @app.get(f"{API_PREFIX}/speakers/{{speaker_id}}", tags=["corpus"])
    def api_speaker(speaker_id: str, limit: int = Query(100, ge=1, le=MAX_LIMIT, description="attributions per page"),
                    offset: int = offset_q, classes: str | None = classes_q, negated: bool | None = negated_q) -> dict[str, Any]:
        """One speaker: names, roles, counts by outlet and a page of its attributions (each with its
        article id), of ``classes`` (speech and writing by default); ``next_offset`` gives the next
        page of attributions."""
        return stored_speaker(speaker_id, limit, offset, class_filter(classes, negated))

    speaker_q = Query(None, description="speaker id or name, or anonymous / unresolved")
    words_q = Query(None, description='words that must all occur in the content ("a phrase" in double quotes)')
    since_q = Query(None, description="only articles published on or after this day (YYYY-MM-DD)")
    until_q = Query(None, description="only articles published on or before this day (YYYY-MM-DD)")
    sort_q = Query(None, description="relevance (search rank; the default when searching), newest or oldest")

    def search_quotes(speaker: str | None, q: str | None, outlet: str | None, since: str | None, until: str | None,
                      sort: str | None, limit: int, offset: int, filters: dict[str, Any]) -> list[dict[str, Any]]:
        return query("quotes", speaker=speaker or None, search=q or None, outlet=outlet or None,
                     since=_day(since, "since"), until=_day(until, "until"), sort=_sort(sort), limit=limit, offset=offset,
                     **filters)

    @app.get(f"{API_PREFIX}/quotes", tags=["corpus"])
    def api_quotes(speaker: str | None = speaker_q, q: str | None = words_q, outlet: str | None = None,
                   since: str | None = since_q, until: str | None = until_q, sort: str | None = sort_q,
                   limit: int = limit_q, offset: int = offset_q, classes: str | None = classes_q,
                   negated: bool | None = negated_q) -> dict[str, Any]:
        """Attributions matching a speaker, words of the content, an outlet and/or a date range, of
        ``classes`` (speech and writing by default; ``all`` for every attribution).

        Each item has ``matches``: the spans of its content that the words matched (SQLite FTS5
        ``highlight``), ``[{"start_char", "end_char", "text"}]`` in characters of the article's
        text (``[]`` without ``q``).
        """
        filters = class_filter(classes, negated)
        return page_of(search_quotes(speaker, q, outlet, since, until, sort, limit + 1, offset, filters), limit, offset)

    @app.get(f"{API_PREFIX}/quotes/download", tags=["corpus"],
             responses={200: {"content": {"text/csv": {}, "application/json": {}},
                              "description": "the rows, as an attachment"}})
    def api_quotes_download(request: Request, fmt: str = Query("csv", alias="format", pattern="^(csv|json)$", description="csv or json"),
                            speaker: str | None = speaker_q, q: str | None = words_q, outlet: str | None = None,
                            since: str | None = since_q, until: str | None = until_q, sort: str | None = sort_q,
                            limit: int = Query(DOWNLOAD_LIMIT, ge=1, le=DOWNLOAD_LIMIT, description="at most this many rows"),
                            classes: str | None = classes_q, negated: bool | None = negated_q) -> Response:
        """Every quote of a search (the parameters of ``/v1/quotes``, all pages) as one file: CSV
        (UTF-8 with a byte order mark, a header row) or JSON (a list of objects), the same rows
        and columns in both (``saidwhat.corpus.query.QUOTE_COLUMNS`` and ``link``, the URL of
        the quote's highlight in its article, with ``?classes=all`` for a quote that the article
        page's speech-and-writing default hides). Each row has its ``cue_class``, ``negated`` and
        ``question``. In the CSV, a text cell starting with ``=``,
        ``+``, ``-``, ``@`` or a tab gets a leading ``'`` so that a spreadsheet never runs it as
        a formula.
        """
        from ..corpus.query import QUOTE_COLUMNS, quote_rows

        rows = quote_rows(search_quotes(speaker, q, outlet, since, until, sort, limit, 0, class_filter(classes, negated)))
        base = str(request.base_url).rstrip("/")
        for row in rows:
            # an attribution the article page hides by default is linked with the switch set to all
            shown = (row["cue_class"] or UNCLASSIFIED_AS) in DEFAULT_CLASSES and not row["negated"]
            row["link"] = f"{base}/articles/{row['article_id']}{'' if shown else '?classes=all'}#c-{row['attribution_id']}"
        columns = [*QUOTE_COLUMNS, "link"]
        if fmt == "json":
            body = json.dumps(rows, ensure_ascii=False, indent=1).encode("utf-8")
            media = "application/json"
        else:
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_csv_cell(row[c]) for c in columns])
            body = ("\ufeff" + out.getvalue()).encode("utf-8")
            media = "text/csv; charset=utf-8"
        return Response(body, media_type=media,
                        headers={"content-disposition": f'attachment; filename="saidwhat-quotes.{fmt}"'})

    # ---- statements (issue 13) -------------------------------------------------------------
    statement_speaker_q = Query(None, description="statements that credit this speaker (id or name)")
    min_outlets_q = Query(None, ge=1, description="only statements reported by at least this many outlets")
    drift_q = Query(None, description="only statements with a variant of this drift class (trimmed, ellipsis, bracketed, "
                                      "punctuation/case, changed-words, paraphrase, speaker-conflict, laundered)")
    min_appearances_q = Query(2, ge=1, description="only statements that appeared at least this many times (1: every one)")

    def list_statements(speaker: str | None, min_outlets: int | None, drift: str | None, min_appearances: int,
                        limit: int, offset: int) -> list[dict[str, Any]]:
        return query("statements", speaker=speaker or None, min_outlets=min_outlets, drift=drift or None,
                     min_appearances=min_appearances, limit=limit, offset=offset)

    def stored_statement(statement_id: str) -> dict[str, Any]:
        found = query("statement", statement_id)
        if found is None:
            raise StarletteHTTPException(404, f"no statement {statement_id!r} in the corpus (run saidwhat track?)")
        links = {}
        for m in found["members"]:
            m["link"] = _attribution_link(m["article_id"], m["attribution_id"], m.get("cue_class"), m.get("negated"))
            links[(m["article_id"], m["attribution_id"])] = m["link"]
        for t in found["timeline"]:  # first_appearance and by_outlet hold the same dicts
            t["link"] = links[(t["article_id"], t["attribution_id"])]
        return jsonable_encoder(found)

    @app.get(f"{API_PREFIX}/statements", tags=["statements"])
    def api_statements(speaker: str | None = statement_speaker_q, min_outlets: int | None = min_outlets_q,
                       drift: str | None = drift_q, min_appearances: int = min_appearances_q, limit: int = limit_q,
                       offset: int = offset_q) -> dict[str, Any]:
        """Statements: one utterance reported across articles (grouped by ``saidwhat track``), with its
        speaker, outlets, dates and the drift classes of its variants; most outlets first. Each item's
        ``canonical`` is its earliest full form (article, attribution, outlet, date)."""
        return page_of(list_statements(speaker, min_outlets, drift, min_appearances, limit + 1, offset), limit, offset)

    @app.get(f"{API_PREFIX}/statements/{{statement_id}}", tags=["statements"])
    def api_statement(statement_id: str) -> dict[str, Any]:
        """One statement: every member attribution (its article, outlet, date, speaker, content with
        offsets in characters of its article's text, and its ``drift`` against the earliest full form:
        ``classes``, ``added`` and ``dropped`` words, ``kept``), every appearance of the member articles
        (``timeline``, ``by_outlet``) and the ``first_appearance``; ``link`` is each member's place in
        its article page."""
        return stored_statement(statement_id)

    # ---- pages ---------------------------------------------------------------------------
    def page_route(path: str, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """A page: GET and HEAD, not in the OpenAPI schema."""
        return app.api_route(path, methods=PAGE_METHODS, include_in_schema=False, **kwargs)

    @page_route("/", response_class=HTMLResponse)
    def page_home() -> HTMLResponse:
        return render("extract.html", form={"text": "", "title": "", "classes": ""}, view=None, limit_bytes=cfg.max_input_bytes)

    @page_route("/favicon.ico")
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @page_route("/extract")
    def page_extract_get() -> RedirectResponse:
        return RedirectResponse("/", status_code=303)

    @app.post("/extract", response_class=HTMLResponse, include_in_schema=False)
    async def page_extract(request: Request) -> HTMLResponse:
        form = await request.form(max_files=1, max_fields=8, max_part_size=cfg.max_input_bytes)
        text = form.get("text")
        title = form.get("title")
        upload = form.get("file")
        classes = form.get("classes")
        title_s = title.strip() if isinstance(title, str) and title.strip() else None
        text_s = text if isinstance(text, str) else ""
        classes_s = classes.strip() if isinstance(classes, str) else ""
        shown = {"text": text_s, "title": title_s or "", "classes": ""}
        try:
            filters, cls = page_filter(classes_s or None)
            shown["classes"] = cls["param"]
            if upload is not None and not isinstance(upload, str) and upload.filename:
                data = await upload.read()
                html = _is_html(data, upload.filename, upload.content_type)
                job = Job(data=data, name=f"uploaded file {upload.filename!r}", html=html, title=title_s)
            else:
                job = Job(text=text_s.replace("\r\n", "\n"), title=title_s)
            article = await pool.run(job)
            assert isinstance(article, Article)
        except SaidwhatError as exc:
            page = render("extract.html", status=_status_of(exc), form=shown, view=None, error=str(exc),
                          limit_bytes=cfg.max_input_bytes)
            page.headers.update(_headers_of(exc) or {})
            return page
        finally:
            await form.close()
        # Building the view and rendering a long article is CPU work too: keep it off the event loop.
        return await run_in_threadpool(
            lambda: render("extract.html", form={"text": article.text, "title": article.title or "", "classes": cls["param"]},
                           view=build_view(apply_filter(article, filters), colour_order=[s.id for s in article.speakers]),
                           limit_bytes=cfg.max_input_bytes, cls=cls,
                           total=len(article.attributions)))

    @page_route("/articles", response_class=HTMLResponse)
    def page_articles(outlet: str | None = None, limit: int = limit_q, offset: int = offset_q,
                      classes: str | None = None) -> HTMLResponse:
        if store_path is None:
            return render("no_store.html", status=503)
        filters, cls = page_filter(classes)
        page = page_of(query("articles", outlet=outlet or None, limit=limit + 1, offset=offset, **filters), limit, offset)
        return render("articles.html", page=page, outlet=outlet or "", cls=cls)

    @page_route("/articles/{article_id}", response_class=HTMLResponse)
    def page_article(article_id: str, classes: str | None = None) -> HTMLResponse:
        if store_path is None:
            return render("no_store.html", status=503)
        from ..corpus.query import display_title

        filters, cls = page_filter(classes)
        article, metadata = stored_article(article_id)
        view = build_view(apply_filter(article, filters), speaker_links=_speaker_links(metadata, cls["query"]),
                          colour_order=[s.id for s in article.speakers])
        heading = display_title(view.title) or display_title(article.text) or f"Article {article_id[:12]}…"
        from_headline = view.title_from_headline or metadata.get("title_source") == "headline"
        return render("article.html", view=view, metadata=metadata, article_id=article_id, heading=heading,
                      from_headline=from_headline, cls=cls, total=len(article.attributions))

    @page_route("/speakers", response_class=HTMLResponse)
    def page_speakers(outlet: str | None = None, limit: int = limit_q, offset: int = offset_q,
                      classes: str | None = None) -> HTMLResponse:
        if store_path is None:
            return render("no_store.html", status=503)
        filters, cls = page_filter(classes)
        page = page_of(list_speakers(outlet, limit, offset, filters), limit, offset)
        return render("speakers.html", page=page, outlet=outlet or "", chart=_bar_chart(page["items"]), cls=cls)

    @page_route("/speakers/{speaker_id}", response_class=HTMLResponse)
    def page_speaker(speaker_id: str, limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = offset_q,
                     classes: str | None = None) -> HTMLResponse:
        if store_path is None:
            return render("no_store.html", status=503)
        filters, cls = page_filter(classes)
        speaker = stored_speaker(speaker_id, limit, offset, filters)
        for row in speaker["attributions"]:
            row["parts"] = content_parts(row.get("content"))
        page = {"items": speaker["attributions"], "limit": limit, "offset": offset, "next_offset": speaker["next_offset"]}
        return render("speaker.html", speaker=speaker, page=page, cls=cls)

    @page_route("/quotes", response_class=HTMLResponse)
    def page_quotes(speaker: str | None = None, q: str | None = None, outlet: str | None = None,
                    since: str | None = None, until: str | None = None, sort: str | None = None,
                    limit: int = limit_q, offset: int = offset_q, classes: str | None = None) -> HTMLResponse:
        if store_path is None:
            return render("no_store.html", status=503)
        filters, cls = page_filter(classes)
        searched = bool(speaker or q or outlet or since or until)
        page = page_of(search_quotes(speaker, q, outlet, since, until, sort, limit + 1, offset, filters), limit, offset)
        for row in page["items"]:
            row["parts"] = content_parts(row.get("content"), row.get("matches"))
        chosen = _sort(sort) or ("relevance" if q else "newest")
        form = {"speaker": speaker or "", "q": q or "", "outlet": outlet or "", "since": _day(since, "since") or "",
                "until": _day(until, "until") or "", "sort": chosen, "classes": cls["param"]}
        return render("quotes.html", page=page, searched=searched, form=form, sorts=QUOTE_SORT_LABELS,
                      download_limit=DOWNLOAD_LIMIT, cls=cls)

    @page_route("/statements", response_class=HTMLResponse)
    def page_statements(speaker: str | None = None, min_outlets: str | None = None, drift: str | None = None,
                        min_appearances: str | None = None, limit: int = limit_q, offset: int = offset_q) -> HTMLResponse:
        if store_path is None:
            return render("no_store.html", status=503)
        outlets = _positive(min_outlets, "min_outlets")
        appearances = _positive(min_appearances, "min_appearances") or 2
        page = page_of(list_statements(speaker, outlets, drift, appearances, limit + 1, offset), limit, offset)
        form = {"speaker": speaker or "", "min_outlets": str(outlets or ""), "drift": drift or "",
                "min_appearances": "" if appearances == 2 else str(appearances)}
        from ..statements import DRIFT_CLASSES

        return render("statements.html", page=page, form=form, drift_classes=DRIFT_CLASSES,
                      searched=bool(speaker or outlets or drift))

    @page_route("/statements/{statement_id}", response_class=HTMLResponse)
    def page_statement(statement_id: str) -> Response:
        if store_path is None:
            return render("no_store.html", status=503)
        st = stored_statement(statement_id)
        if str(st["id"]) != statement_id:  # merged into another by a later track: its page is that one's
            return RedirectResponse(f"/statements/{st['id']}", status_code=301)
        canonical = next((m for m in st["members"] if m["canonical"]), st["members"][0] if st["members"] else None)
        for m in st["members"]:
            m["parts"] = variant_parts(m["text"], canonical["text"] if canonical else m["text"],
                                       None if m["canonical"] else m["drift"].get("added", []))
        return render("statement.html", st=st, canonical=canonical, timeline=_timeline_chart(st["by_outlet"]))

    return app


def _version() -> str:
    from .. import __version__

    return __version__


def _day(value: str | None, name: str) -> str | None:
    """A date parameter as ``YYYY-MM-DD``; ``None`` when empty. Raises a 422 for anything else."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise StarletteHTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _sort(value: str | None) -> str | None:
    """A quote-search order (``saidwhat.corpus.query.QUOTE_SORTS``); ``None`` when empty. Raises a 422 for anything else."""
    if value is None or not value.strip():
        return None
    accepted = [v for v, _ in QUOTE_SORT_LABELS]
    if value.strip() not in accepted:
        raise StarletteHTTPException(422, f"sort: {value!r} is not one of {', '.join(accepted)}")
    return value.strip()


def _positive(value: str | None, name: str) -> int | None:
    """A page's optional count parameter (an empty form field is none). Raises a 422 for anything
    but a whole number of 1 or more."""
    if value is None or not value.strip():
        return None
    try:
        n = int(value.strip())
    except ValueError:
        n = 0
    if n < 1:
        raise StarletteHTTPException(422, f"{name}: {value!r} is not a whole number of 1 or more")
    return n


def _attribution_link(article_id: str, attribution_id: str, cue_class: str | None, negated: bool | None) -> str:
    """The page of an attribution's highlight in its article; ``?classes=all`` for one that the
    article page's speech-and-writing default hides."""
    shown = (cue_class or UNCLASSIFIED_AS) in DEFAULT_CLASSES and not negated
    return f"/articles/{article_id}{'' if shown else '?classes=all'}#c-{attribution_id}"


def _timeline_chart(by_outlet: list[dict[str, Any]], *, width: int = 640, row_h: int = 22) -> dict[str, Any]:
    """Geometry of a statement's timeline (an inline SVG; no script): one row per outlet, the
    earliest first, one mark per appearance at its date on a common axis from the first to the
    last date; undated appearances are hollow marks in an "undated" column at the right.

    Returns:
        ``{"width", "height", "axis": {"x0", "x1", "first", "last", "days"}, "rows": [{"y", "label",
        "colour", "marks": [{"x", "date", "dated"}]}]}``; colours are the outlet classes ``ol-0`` …
        ``ol-7`` (Okabe–Ito) and ``ol-unknown``.
    """
    from ..corpus.query import UNKNOWN_OUTLET

    label_w, undated_w, pad = 170, 60, 10
    dates = sorted({t["published"][:10] for o in by_outlet for t in o["appearances"] if t.get("published")})
    parsed = []
    for d in dates:
        try:
            parsed.append(date.fromisoformat(d))
        except ValueError:
            continue
    first, last = (parsed[0], parsed[-1]) if parsed else (None, None)
    days = (last - first).days if first and last else 0
    x0, x1 = label_w + pad, width - undated_w - pad
    any_undated = False
    rows = []
    for i, o in enumerate(by_outlet):
        marks = []
        for t in o["appearances"]:
            day = None
            try:
                day = date.fromisoformat((t.get("published") or "")[:10])
            except ValueError:
                pass
            if day is None or first is None:
                any_undated = True
                marks.append({"x": width - undated_w / 2, "date": "undated", "dated": False})
            else:
                x = x0 + (x1 - x0) * ((day - first).days / days) if days else (x0 + x1) / 2
                marks.append({"x": round(x, 1), "date": day.isoformat(), "dated": True})
        colour = f"ol-{i % N_OUTLET_COLOURS}" if o["outlet"] else "ol-unknown"
        rows.append({"y": i * row_h, "label": o["outlet"] or UNKNOWN_OUTLET, "colour": colour, "marks": marks})
    return {"width": width, "height": max(len(rows), 1) * row_h + 24, "row_h": row_h, "label_w": label_w,
            "axis": {"x0": x0, "x1": x1, "first": first.isoformat() if first else None,
                     "last": last.isoformat() if last else None, "days": days, "y": max(len(rows), 1) * row_h + 4,
                     "undated_x": width - undated_w / 2, "undated": any_undated},
            "rows": rows}


def _csv_cell(value: Any) -> Any:
    """A CSV cell: ``None`` as empty; text that a spreadsheet would run as a formula gets a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def _speaker_links(metadata: dict[str, Any], query: str = "") -> dict[str, str]:
    """Links from a stored article's speakers (``s1``…) to their corpus speaker pages, from the
    ``entities`` map the store keeps in the article's metadata (named speakers only); ``query``
    (``"?classes=all"`` or ``""``) keeps the page's class filter."""
    entities = metadata.get("entities") or {}
    return {sid: f"/speakers/{int(eid)}{query}" for sid, eid in entities.items() if eid is not None}


def _bar_chart(speakers: list[dict[str, Any]], *, width: int = 560, bar_h: int = 18, gap: int = 6) -> dict[str, Any]:
    """Geometry of the speakers bar chart (an inline SVG; no script): one stacked bar per speaker,
    one segment per outlet, widths proportional to attribution counts.

    Attributions in articles with no known outlet (``unknown_outlet``, and any part of a total
    that the outlets don't account for) are a segment of their own, "unknown outlet", so a
    speaker with attributions always gets a bar.

    Returns:
        ``{"width", "height", "bars": [{"y", "label", "total", "parts": [{"x", "w", "outlet", "n", "colour"}]}],
        "outlets": [{"name", "colour"}]}``; colours are CSS classes ``ol-0`` … ``ol-7`` (Okabe–Ito)
        and ``ol-unknown``.
    """
    from ..corpus.query import UNKNOWN_OUTLET

    label_w, count_w = 180, 50
    span = width - label_w - count_w
    top = max((int(s.get("n_attributions") or 0) for s in speakers), default=0)
    outlets: list[str] = []
    for s in speakers:
        for name in (s.get("outlets") or {}):
            if name not in outlets:
                outlets.append(name)
    colour = {name: f"ol-{i % N_OUTLET_COLOURS}" for i, name in enumerate(outlets)}
    any_unknown = False
    bars = []
    for i, s in enumerate(speakers):
        total = int(s.get("n_attributions") or 0)
        counts = sorted(((str(name), int(count or 0)) for name, count in (s.get("outlets") or {}).items()),
                        key=lambda kv: (-kv[1], kv[0]))
        unknown = max(int(s.get("unknown_outlet") or 0), total - sum(n for _, n in counts))
        x = float(label_w)
        parts = []
        for name, count, css in [*((n, c, colour[n]) for n, c in counts), (UNKNOWN_OUTLET, unknown, "ol-unknown")]:
            if count <= 0:
                continue
            any_unknown |= css == "ol-unknown"
            w = span * count / top if top else 0.0
            parts.append({"x": round(x, 1), "w": round(max(w, 0.0), 1), "outlet": name, "n": count, "colour": css})
            x += w
        bars.append({"y": i * (bar_h + gap), "label": s.get("name") or f"({s.get('kind') or 'unnamed'})", "total": total, "parts": parts,
                     "end": round(x, 1), "id": s.get("id")})
    height = max(len(speakers) * (bar_h + gap), bar_h)
    legend = [{"name": n, "colour": colour[n]} for n in outlets]
    if any_unknown:
        legend.append({"name": UNKNOWN_OUTLET, "colour": "ol-unknown"})
    return {"width": width, "height": height, "bar_h": bar_h, "label_w": label_w, "bars": bars,
            "outlets": legend, "ceil": math.ceil(top)}
