"""A local stand-in for the HTTP API: turns an HTTP request into the payload-format-2.0 event
API Gateway gives Lambda, and the handler's answer back into an HTTP response.

Only the translation lives here; the handler is the one Lambda runs, so there is no second
implementation of a route.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote, urlsplit

from kommunvakt.local.lambda_runtime import LocalFunction

log = logging.getLogger("kommunvakt.local")

MAX_PAYLOAD_BYTES = 10 * 1024 * 1024
"""HTTP API's own request limit; larger requests never reach the function."""


@dataclass(frozen=True)
class Route:
    method: str
    """An HTTP method or `ANY`."""
    path: str
    """As in the template: `/webhooks/facebook`, `/items/{id}`, `/{proxy+}`, or `$default`."""
    function: LocalFunction

    @property
    def route_key(self) -> str:
        return "$default" if self.path == "$default" else f"{self.method} {self.path}"

    def match(self, method: str, path: str) -> dict[str, str] | None:
        if self.method not in ("ANY", method):
            return None
        if self.path == "$default":
            return {}
        pattern = "".join(
            f"(?P<{m.group(1)}>.+)"
            if m.group(2)
            else f"(?P<{m.group(1)}>[^/]+)"
            if m.group(1)
            else re.escape(m.group(0))
            for m in re.finditer(r"\{([A-Za-z0-9_]+)(\+)?\}|[^{]+", self.path)
        )
        found = re.fullmatch(pattern, path)
        return dict(found.groupdict()) if found else None


def find_route(routes: Iterable[Route], method: str, path: str) -> tuple[Route, dict[str, str]]:
    """API Gateway's precedence: an exact route before one with variables, `$default` last."""

    def rank(route: Route) -> tuple[int, int]:
        return (route.path == "$default", "{" in route.path)

    for route in sorted(routes, key=rank):
        params = route.match(method, path)
        if params is not None:
            return route, params
    raise LookupError(f"no route for {method} {path}")


def build_event(
    *,
    method: str,
    target: str,
    headers: Iterable[tuple[str, str]],
    body: bytes,
    route_key: str,
    path_parameters: Mapping[str, str] | None = None,
    source_ip: str = "127.0.0.1",
    host: str = "127.0.0.1",
    now: datetime | None = None,
) -> dict[str, Any]:
    """The HTTP API (payload format 2.0) event for one request, as Lambda receives it."""
    split = urlsplit(target)
    raw_path = split.path or "/"
    merged: dict[str, str] = {}
    cookies: list[str] = []
    for name, value in headers:
        key = name.lower()
        if key == "cookie":
            cookies.extend(c.strip() for c in value.split(";") if c.strip())
            continue
        # API Gateway joins repeated headers with commas.
        merged[key] = f"{merged[key]},{value}" if key in merged else value
    query: dict[str, str] = {}
    for name, value in parse_qsl(split.query, keep_blank_values=True):
        query[name] = f"{query[name]},{value}" if name in query else value
    moment = now or datetime.now(UTC)
    request_id = base64.b32encode(uuid.uuid4().bytes[:10]).decode().rstrip("=")
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route_key,
        "rawPath": raw_path,
        "rawQueryString": split.query,
        "headers": merged,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": merged.get("host", host),
            "domainPrefix": merged.get("host", host).split(".", 1)[0],
            "http": {
                "method": method,
                "path": unquote(raw_path),
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": merged.get("user-agent", ""),
            },
            "requestId": request_id,
            "routeKey": route_key,
            "stage": "$default",
            "time": moment.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "timeEpoch": int(moment.timestamp() * 1000),
        },
        "isBase64Encoded": False,
    }
    if cookies:
        event["cookies"] = cookies
    if query:
        event["queryStringParameters"] = query
    if path_parameters:
        event["pathParameters"] = dict(path_parameters)
    if body:
        try:
            # Passed through untouched: the signature is over these exact bytes.
            event["body"] = body.decode("utf-8")
        except UnicodeDecodeError:
            event["body"] = base64.b64encode(body).decode("ascii")
            event["isBase64Encoded"] = True
    return event


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def response_from_result(result: Any) -> HttpResponse:
    """Interpret a handler's return value the way HTTP API does for payload format 2.0."""
    if isinstance(result, Mapping) and "statusCode" in result:
        raw_body = result.get("body")
        text = "" if raw_body is None else str(raw_body)
        try:
            body = base64.b64decode(text, validate=True) if result.get("isBase64Encoded") else None
        except (binascii.Error, ValueError):
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR)
        headers = [(str(k), str(v)) for k, v in (result.get("headers") or {}).items()]
        for name, values in (result.get("multiValueHeaders") or {}).items():
            headers.extend((str(name), str(v)) for v in values)
        headers.extend(("Set-Cookie", str(c)) for c in result.get("cookies") or ())
        try:
            status = int(result["statusCode"])
        except (TypeError, ValueError):
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR)
        return HttpResponse(status, headers, body if body is not None else text.encode("utf-8"))
    # Anything else is "inferred": 200 with the value as JSON (a string as itself).
    payload = result if isinstance(result, str) else json.dumps(result)
    return HttpResponse(200, [("Content-Type", "application/json")], payload.encode("utf-8"))


def _error(status: HTTPStatus) -> HttpResponse:
    body = json.dumps({"message": status.phrase}).encode("utf-8")
    return HttpResponse(int(status), [("Content-Type", "application/json")], body)


class LocalHttpApi(ThreadingHTTPServer):
    """127.0.0.1 only; each request runs in its own (daemon) thread like API Gateway."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        port: int,
        routes: list[Route],
        on_response: Callable[[str, str, int, float], None] | None = None,
    ) -> None:
        self.routes = routes
        self.on_response = on_response
        super().__init__(("127.0.0.1", port), _RequestHandler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])


class _RequestHandler(BaseHTTPRequestHandler):
    server: LocalHttpApi
    server_version = "kommunvakt-local"
    protocol_version = "HTTP/1.1"
    timeout: ClassVar[float] = 30.0
    """An idle client cannot hold a thread forever."""

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_OPTIONS(self) -> None:
        self._handle()

    def _handle(self) -> None:
        started = time.monotonic()
        response = self._respond()
        self.send_response(response.status)
        names = {name.lower() for name, _ in response.headers}
        for name, value in response.headers:
            self.send_header(name, value)
        if "content-type" not in names and response.body:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)
        if self.server.on_response is not None:
            elapsed = (time.monotonic() - started) * 1000
            path = urlsplit(self.path).path
            self.server.on_response(self.command, path, response.status, elapsed)

    def _respond(self) -> HttpResponse:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.close_connection = True
            return _error(HTTPStatus.LENGTH_REQUIRED)
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not (declared.isascii() and declared.isdigit()):
            # Not a length: the body's end is unknown, so the connection cannot be reused.
            self.close_connection = True
            return _error(HTTPStatus.BAD_REQUEST)
        length = int(declared)
        if length > MAX_PAYLOAD_BYTES:
            self.close_connection = True
            return _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        body = self.rfile.read(length) if length > 0 else b""
        path = unquote(urlsplit(self.path).path) or "/"
        try:
            route, params = find_route(self.server.routes, self.command, path)
        except LookupError:
            return _error(HTTPStatus.NOT_FOUND)
        event = build_event(
            method=self.command,
            target=self.path,
            headers=self.headers.items(),
            body=body,
            route_key=route.route_key,
            path_parameters=params,
            source_ip=self.client_address[0],
        )
        try:
            result = route.function.invoke(event)
        except Exception as exc:
            # As in Lambda: the client sees a bare 500, the log names the failure (no payload).
            log.error("%s failed: %s", route.function.spec.logical_id, type(exc).__name__)
            log.debug("handler failure", exc_info=True)
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR)
        return response_from_result(result)

    def log_message(self, format: str, *args: Any) -> None:
        # The access line is written by `on_response`; http.server's own would go to stderr.
        return
