"""A local stand-in for the Graph API, for `kommunvakt serve --live-actions` and the tests.

Answers the moderation calls of PLATFORMS.md §4 the way Meta does (`{"success": true}`,
`{"id": …}` for replies, Meta's error shape), sends the usage headers, and records every
call. `GET /_calls` lists them as JSON; `POST /_script` queues error answers
(`[{"code": 190}, {"code": 80001, "regain_minutes": 1}]`) for the next calls; `POST /_usage`
sets the usage figure the headers report (`{"percent": 90}`).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

_OBJECT = re.compile(r"^/v\d+\.\d+/(?P<id>[\w.]+)(?:/(?P<edge>comments|replies|blocked))?$")
_MESSAGES = {
    190: ("OAuthException", "Error validating access token: Session has expired."),
    200: ("OAuthException", "(#200) Permissions error"),
    100: ("OAuthException", "(#100) Unsupported post request."),
    4: ("OAuthException", "(#4) Application request limit reached"),
    17: ("OAuthException", "(#17) User request limit reached"),
    32: ("OAuthException", "(#32) Page request limit reached"),
    613: ("OAuthException", "(#613) Calls to this api have exceeded the rate limit."),
    80001: ("OAuthException", "(#80001) There have been too many calls to this Page account."),
}


class GraphState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls: list[dict[str, Any]] = []
        self.script: list[dict[str, Any]] = []
        self.usage_percent = 5.0
        self.hidden: set[str] = set()
        self.deleted: set[str] = set()
        self.replies = 0


class _Handler(BaseHTTPRequestHandler):
    state: ClassVar[GraphState]
    server_version = "GraphStandIn/1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _send(self, status: int, body: object, extra: Mapping[str, str] | None = None) -> None:
        raw = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(raw)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(raw)

    def _usage_headers(self, page: str, regain_minutes: int = 0) -> dict[str, str]:
        pct = self.state.usage_percent
        figures = {"call_count": pct, "total_cputime": pct / 2, "total_time": pct / 2}
        return {
            "X-App-Usage": json.dumps(figures),
            "X-Business-Use-Case-Usage": json.dumps(
                {
                    page: [
                        {
                            "type": "pages",
                            **figures,
                            "estimated_time_to_regain_access": regain_minutes,
                        }
                    ]
                }
            ),
        }

    def _error(self, code: int, subcode: int | None = None, regain: int = 0) -> None:
        kind, message = _MESSAGES.get(code, ("GraphMethodException", f"(#{code}) Error"))
        error: dict[str, Any] = {"message": message, "type": kind, "code": code}
        if subcode is not None:
            error["error_subcode"] = subcode
        error["fbtrace_id"] = "AStandInTrace"
        status = 400 if code not in (190,) else 401
        self._send(status, {"error": error}, self._usage_headers("standin", regain))

    def do_GET(self) -> None:
        if urlsplit(self.path).path == "/_calls":
            with self.state.lock:
                self._send(200, list(self.state.calls))
            return
        self._error(100)

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if split.path == "/_script":
            with self.state.lock:
                self.state.script.extend(json.loads(raw or b"[]"))
            self._send(200, {"queued": len(self.state.script)})
            return
        if split.path == "/_usage":
            with self.state.lock:
                self.state.usage_percent = float(json.loads(raw or b"{}").get("percent", 5))
            self._send(200, {"percent": self.state.usage_percent})
            return
        params = {k: v[0] for k, v in parse_qs(raw.decode("utf-8")).items()}
        params |= {k: v[0] for k, v in parse_qs(split.query).items()}
        match = _OBJECT.match(split.path)
        with self.state.lock:
            self.state.calls.append(
                {
                    "at": time.time(),
                    "method": method,
                    "path": split.path,
                    "params": params,
                    "authorized": self.headers.get("Authorization", "").startswith("Bearer "),
                }
            )
            scripted = self.state.script.pop(0) if self.state.script else None
        if not self.headers.get("Authorization", "").startswith("Bearer "):
            self._error(190)
            return
        if scripted is not None:
            self._error(
                int(scripted.get("code", 100)),
                scripted.get("subcode"),
                int(scripted.get("regain_minutes", 0)),
            )
            return
        if match is None:
            self._error(100)
            return
        self._act(method, match.group("id"), match.group("edge"), params)

    def _act(self, method: str, object_id: str, edge: str | None, params: dict[str, str]) -> None:
        state = self.state
        page = object_id.split("_", 1)[0]
        headers = self._usage_headers(page)
        if object_id in state.deleted:
            self._error(100, 33)
            return
        if edge == "blocked":
            user = params.get("user", "")
            self._send(200, {user: True} if method == "POST" else {"success": True}, headers)
            return
        if edge in ("comments", "replies"):
            with state.lock:
                state.replies += 1
                reply_id = f"{object_id}_{9_000_000 + state.replies}"
            self._send(200, {"id": reply_id}, headers)
            return
        if method == "DELETE":
            with state.lock:
                state.deleted.add(object_id)
            self._send(200, {"success": True}, headers)
            return
        flag = params.get("is_hidden", params.get("hide"))
        if flag not in ("true", "false"):
            self._error(100)
            return
        with state.lock:
            (state.hidden.add if flag == "true" else state.hidden.discard)(object_id)
        self._send(200, {"success": True}, headers)


class GraphStandIn:
    def __init__(self, port: int = 0) -> None:
        self.state = GraphState()
        handler = type("Handler", (_Handler,), {"state": self.state})
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        if self._thread is not None:
            self._thread.join(5)
