"""The Starlette app behind ``vaguewords serve``: the page, its static files, and the JSON API.

A thin adapter: each endpoint checks its request, hands the work to the :class:`AnalysisPool`
(which calls the library and the CLI's JSON renderers in a worker process) and returns the
result. Errors are JSON ``{"error": "one line"}`` with a 4xx status.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from vaguewords.documents import supported_suffixes
from vaguewords.errors import InputError, RubricError, VagueWordsError
from vaguewords.limits import DEFAULT_LIMITS, MB, ReadLimits, describe_size, over_limit

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from vaguewords.web.pool import AnalysisPool

STATIC = Path(__file__).resolve().parent / "static"

# The page may load only its own script, style sheet and images; no inline script or style, no
# other origin, no plugins, no framing. User text reaches the DOM only as text nodes (app.js).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]
MAX_SOURCE_CHARS = 200


# Uploads to the page are handouts and summaries: 10 MB unless the server's --limit says otherwise.
# Every other reading limit (archive sizes, pages, text, depth, time) is the library's default.
SERVE_LIMITS = replace(DEFAULT_LIMITS, max_file_bytes=10 * MB)


@dataclass(frozen=True)
class WebLimits:
    """How much one request may send: a JSON body, and files read under ``read`` (the library's
    reading policy: an upload over ``read.max_file_bytes`` is refused with 413 before it is read,
    a pasted text over ``read.max_text_chars`` likewise)."""

    read: ReadLimits = SERVE_LIMITS
    max_json_bytes: int = 2_000_000

    @property
    def max_upload_bytes(self) -> int:
        return self.read.max_file_bytes


class ApiError(Exception):
    """A request the API refuses: its status and one line for the user."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class SecurityHeaders:
    """Adds the Content-Security-Policy and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def read_body(request: Request, limit: int, too_big: Callable[[], str]) -> bytes:
    """The request body, refused with 413 (message ``too_big()``) as soon as it is known to be
    over ``limit`` bytes: from Content-Length, or while it streams in."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "the Content-Length header is not a number")
        if int(declared) > limit:
            raise ApiError(413, too_big())
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, too_big())
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def json_object(request: Request, limits: WebLimits) -> dict[str, Any]:
    """The request's JSON object (Content-Type application/json, within the size limit)."""
    if _media_type(request) != "application/json":
        raise ApiError(415, 'send JSON (Content-Type: application/json), e.g. {"text": "..."}')
    body = await read_body(
        request,
        limits.max_json_bytes,
        lambda: f"the request body is over the limit of {describe_size(limits.max_json_bytes)}",
    )
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ApiError(400, f"the body is not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise ApiError(400, 'the body must be a JSON object, e.g. {"text": "..."}')
    return data


def text_field(data: dict[str, Any], name: str, limits: WebLimits) -> str:
    value = data.get(name)
    if value is None:
        raise ApiError(400, f'missing "{name}": the text to analyse')
    if not isinstance(value, str):
        raise ApiError(400, f'"{name}" must be a string')
    if not value.strip():
        raise ApiError(422, f"{name}: no text to analyse (the text is empty)")
    _check_unicode(value, name)
    if len(value) > limits.read.max_text_chars:
        error = over_limit(name, f"it has {len(value):,} characters", "max_text_chars", limits.read)
        raise ApiError(413, str(error))
    return value


def _check_unicode(value: str, name: str) -> None:
    """JSON can carry a lone surrogate ("\\ud800") that no text encoding can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ApiError(
            400, f'"{name}" is not valid Unicode (an unpaired surrogate at character {error.start})'
        ) from None


def source_field(data: dict[str, Any], default: str = "text") -> str:
    value = data.get("source", default)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, '"source" must be a non-empty string (a name for the text)')
    _check_unicode(value, "source")
    return " ".join(value.split())[:MAX_SOURCE_CHARS]


def rubric_field(data: dict[str, Any]) -> dict[str, Any] | None:
    value = data.get("rubric")
    if value is not None and not isinstance(value, dict):
        raise ApiError(400, '"rubric" must be an object, e.g. {"weights": {"who": 2}}')
    return value


def json_text(rendered: str) -> Response:
    return Response(rendered + "\n", media_type="application/json")


def create_app(pool: AnalysisPool, limits: WebLimits = WebLimits()) -> Starlette:
    """The app: ``GET /`` the page, ``/static`` its files, ``POST /api/*`` the JSON API."""

    async def index(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    async def api_check(request: Request) -> Response:
        data = await json_object(request, limits)
        return json_text(await pool.check(text_field(data, "text", limits), source_field(data)))

    async def api_score(request: Request) -> Response:
        data = await json_object(request, limits)
        text, source, rubric = (
            text_field(data, "text", limits),
            source_field(data),
            rubric_field(data),
        )
        return json_text(await pool.score(text, source, rubric))

    async def api_compare(request: Request) -> Response:
        data = await json_object(request, limits)
        draft, revised = text_field(data, "draft", limits), text_field(data, "revised", limits)
        return json_text(await pool.compare(draft, revised, rubric_field(data)))

    async def api_file(request: Request) -> Response:
        if _media_type(request) != "application/octet-stream":
            raise ApiError(
                415,
                "send the file's bytes as the body (Content-Type: application/octet-stream) "
                "with its name in an X-Filename header, not a form",
            )
        name = unquote(request.headers.get("x-filename", "")).strip()
        name = Path(name.replace("\\", "/")).name  # a name, never a path
        if not name:
            raise ApiError(400, "missing X-Filename header: the file's name, e.g. notes.docx")
        if Path(name).suffix.lower() not in supported_suffixes():
            raise ApiError(
                415,
                f"{name}: unsupported file type (supported: "
                f"{', '.join(sorted(supported_suffixes()))})",
            )
        data = await read_body(
            request,
            limits.max_upload_bytes,
            lambda: str(over_limit(name, "the upload is larger", "max_file_bytes", limits.read)),
        )
        if not data:
            raise ApiError(422, f"{name}: the file is empty")
        return JSONResponse(await pool.read(data, name))

    async def api_limits(request: Request) -> Response:
        return JSONResponse(
            {
                "max_upload_bytes": limits.max_upload_bytes,
                "max_json_bytes": limits.max_json_bytes,
                "file_types": sorted(supported_suffixes()),
            }
        )

    async def on_api_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, ApiError)
        return error_response(error.status, error.message)

    async def on_library_error(request: Request, error: Exception) -> Response:
        if isinstance(error, InputError):
            return error_response(422, str(error))
        if isinstance(error, RubricError):
            return error_response(400, str(error))
        return error_response(500, str(error))

    async def on_bug(request: Request, error: Exception) -> Response:
        # A bug, not a bad request: the client gets one line, the log keeps the traceback.
        return error_response(500, f"internal error in vaguewords ({type(error).__name__})")

    async def on_http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        message = {404: "not found", 405: "method not allowed"}.get(
            error.status_code, str(error.detail)
        )
        return error_response(error.status_code, f"{request.url.path}: {message}")

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/score", api_score, methods=["POST"]),
        Route("/api/compare", api_compare, methods=["POST"]),
        Route("/api/file", api_file, methods=["POST"]),
        Route("/api/limits", api_limits, methods=["GET"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            ApiError: on_api_error,
            VagueWordsError: on_library_error,
            HTTPException: on_http_error,
            Exception: on_bug,
        },
    )
    app.add_middleware(SecurityHeaders)
    return app
