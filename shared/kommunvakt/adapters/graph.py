"""The Graph API (Facebook Pages, Instagram): one planned action becomes one HTTP call.

Endpoints, rate-limit headers and error codes: ../shared/platform-samples/PLATFORMS.md §4.
HTTP is the standard library's urllib: the action function makes a handful of small calls, and
a client library (requests, httpx) would add 30-60 ms of imports to every cold start for
nothing we need.

What the caller gets back:
- `GraphAnswer` for a success (and the usage Meta reported),
- `GraphRetryableError` for throttling (codes 4, 17, 32, 613, 80001), 5xx, timeouts, bodies
  that are not JSON, and transient errors: the action waits in its queue and is tried again,
- `GraphPermanentError` for everything else (100 bad parameter or deleted object, 190 expired
  token, 200-299 permission, 10 ...): recorded with its code, never retried.

The client also slows down by itself before Meta's limit: from `slow_down_at` percent of the
highest usage figure it spaces calls out, and from `stop_at` it does not call at all until
Meta's `estimated_time_to_regain_access` has passed.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from kommunvakt.app.ports import ActionRefusedError, ActionRetryLaterError
from kommunvakt.domain.actions import PlannedAction, PlatformAction
from kommunvakt.domain.models import Platform

THROTTLING_CODES = frozenset({4, 17, 32, 613, 80001})
TRANSIENT_CODES = frozenset({1, 2})
"""`API Unknown` and `API Service`: Meta's own temporary faults."""
DELETED_SUBCODE = 33
"""Code 100 with subcode 33: the object does not exist (deleted, or no permission to see it)."""
DEFAULT_GRAPH_URL = "https://graph.facebook.com/v21.0"


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: Mapping[str, str]
    """Lower-cased names."""
    body: bytes


class HttpTransport(Protocol):
    def __call__(
        self, method: str, url: str, body: bytes | None, headers: Mapping[str, str], timeout: float
    ) -> HttpResponse:
        """Send one request; raise TimeoutError or OSError when no answer came."""
        ...


def urllib_transport(
    method: str, url: str, body: bytes | None, headers: Mapping[str, str], timeout: float
) -> HttpResponse:
    request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return HttpResponse(
                response.status,
                {k.lower(): v for k, v in response.headers.items()},
                response.read(),
            )
    except urllib.error.HTTPError as err:
        return HttpResponse(err.code, {k.lower(): v for k, v in err.headers.items()}, err.read())


@dataclass(frozen=True)
class Usage:
    percent: float = 0.0
    """The highest of call count, CPU time and total time over both headers."""
    regain_seconds: float = 0.0

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> Usage:
        figures: list[float] = []
        regain = 0.0
        for name in ("x-business-use-case-usage", "x-app-usage", "x-page-usage"):
            raw = headers.get(name)
            if not raw:
                continue
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            # X-App-Usage is one object; X-Business-Use-Case-Usage maps ids to lists of them.
            entries: list[Any] = [data]
            if name == "x-business-use-case-usage" and isinstance(data, dict):
                entries = [e for v in data.values() if isinstance(v, list) for e in v]
            for entry in entries:
                if not isinstance(entry, dict):
                    continue
                for key in ("call_count", "total_cputime", "total_time"):
                    value = entry.get(key)
                    if isinstance(value, int | float):
                        figures.append(float(value))
                minutes = entry.get("estimated_time_to_regain_access")
                if isinstance(minutes, int | float):
                    regain = max(regain, float(minutes) * 60)
        return cls(max(figures, default=0.0), regain)


@dataclass(frozen=True)
class GraphAnswer:
    status: int
    body: dict[str, Any]
    usage: Usage
    attempts: int = 1
    """HTTP requests made for this action (in-call retries of 5xx and timeouts included)."""


class GraphError(Exception):
    def __init__(
        self,
        reason: str,
        *,
        status: int | None = None,
        code: int | None = None,
        subcode: int | None = None,
        message: str = "",
        usage: Usage | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.code = code
        self.subcode = subcode
        self.message = message[:300]
        """Meta's error message (ids and parameter names, no user text), for the record."""
        self.usage = usage or Usage()

    def summary(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "status": self.status,
            "code": self.code,
            "subcode": self.subcode,
            "message": self.message,
        }


class GraphRetryableError(GraphError, ActionRetryLaterError):
    def __init__(self, reason: str, *, retry_after: float, **kwargs: Any) -> None:
        super().__init__(reason, **kwargs)
        self.retry_after = retry_after


class GraphPermanentError(GraphError, ActionRefusedError):
    @property
    def object_gone(self) -> bool:
        return self.code == 100 and self.subcode == DELETED_SUBCODE

    @property
    def cannot_hide(self) -> bool:
        """Meta refuses this hide for a reason the fallback can handle (not gone, not auth)."""
        return self.code == 100 and not self.object_gone


@dataclass(frozen=True)
class GraphRequest:
    method: str
    path: str
    params: dict[str, str]


def request_for(platform: Platform, step: PlannedAction) -> GraphRequest:
    """The Graph call for one action (PLATFORMS.md §4)."""
    target = urllib.parse.quote(step.target_id, safe="_")
    ig = platform is Platform.INSTAGRAM
    action = step.action
    if action in (PlatformAction.HIDE, PlatformAction.UNHIDE):
        value = "true" if action is PlatformAction.HIDE else "false"
        return GraphRequest("POST", f"/{target}", {"hide" if ig else "is_hidden": value})
    if action is PlatformAction.DELETE:
        return GraphRequest("DELETE", f"/{target}", {})
    if action is PlatformAction.REPLY:
        edge = "replies" if ig else "comments"
        return GraphRequest("POST", f"/{target}/{edge}", {"message": step.message or ""})
    if ig:
        raise ValueError("Instagram has no block API")
    user = step.user_id or ""
    if action is PlatformAction.BLOCK:
        return GraphRequest("POST", f"/{target}/blocked", {"user": user})
    return GraphRequest("DELETE", f"/{target}/blocked", {"user": user})


@dataclass
class GraphClient:
    token_for: Callable[[Platform], str]
    base_urls: Mapping[Platform, str]
    transport: HttpTransport = urllib_transport
    timeout: float = 10.0
    in_call_retries: int = 2
    """Immediate retries of a 5xx or timeout (0.5 s, 1 s) before the queue takes over."""
    slow_down_at: float = 75.0
    stop_at: float = 95.0
    max_spacing: float = 2.0
    """Seconds between calls when usage reaches `stop_at`; linear from `slow_down_at`."""
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _next_call: float = field(default=0.0, init=False)
    _blocked_until: float = field(default=0.0, init=False)
    last_usage: Usage = field(default_factory=Usage, init=False)

    def blocked_for(self) -> float:
        return max(0.0, self._blocked_until - self.clock())

    def perform(self, platform: Platform, step: PlannedAction) -> GraphAnswer:
        request = request_for(platform, step)
        now = self.clock()
        if now < self._blocked_until:
            raise GraphRetryableError(
                "usage limit reached", retry_after=self._blocked_until - now, usage=self.last_usage
            )
        if now < self._next_call:
            self.sleep(self._next_call - now)
        url = self.base_urls[platform].rstrip("/") + request.path
        headers = {"Authorization": f"Bearer {self.token_for(platform)}"}
        body: bytes | None = None
        if request.method == "POST":
            body = urllib.parse.urlencode(request.params).encode("ascii")
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif request.params:
            url += "?" + urllib.parse.urlencode(request.params)
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(request.method, url, body, headers, attempt)
            except GraphRetryableError as exc:
                in_call = (
                    exc.reason in ("timeout", "server error") and attempt <= self.in_call_retries
                )
                if not in_call:
                    raise
                self.sleep(0.5 * 2 ** (attempt - 1))

    def _once(
        self, method: str, url: str, body: bytes | None, headers: Mapping[str, str], attempt: int
    ) -> GraphAnswer:
        try:
            response = self.transport(method, url, body, headers, self.timeout)
        except (TimeoutError, OSError) as exc:
            raise GraphRetryableError(
                "timeout", retry_after=30, message=type(exc).__name__
            ) from exc
        usage = Usage.from_headers(response.headers)
        self._pace(usage)
        try:
            data = json.loads(response.body or b"null")
        except ValueError:
            data = None
        if response.status >= 500:
            raise GraphRetryableError(
                "server error", retry_after=30, status=response.status, usage=usage
            )
        if not isinstance(data, dict):
            # Meta always answers JSON; anything else is a proxy or an outage page.
            raise GraphRetryableError(
                "answer is not JSON", retry_after=60, status=response.status, usage=usage
            )
        error = data.get("error")
        if response.status < 400 and not isinstance(error, dict):
            return GraphAnswer(response.status, data, usage, attempt)
        error = error if isinstance(error, dict) else {}
        code = _int(error.get("code"))
        subcode = _int(error.get("error_subcode"))
        status, message = response.status, str(error.get("message", ""))
        if code in THROTTLING_CODES:
            wait = usage.regain_seconds or 60.0 * attempt
            self._blocked_until = max(self._blocked_until, self.clock() + wait)
            raise GraphRetryableError(
                "throttled", retry_after=wait, status=status, code=code, subcode=subcode,
                message=message, usage=usage,
            )  # fmt: skip
        if code in TRANSIENT_CODES or error.get("is_transient") is True:
            raise GraphRetryableError(
                "transient error", retry_after=30, status=status, code=code, subcode=subcode,
                message=message, usage=usage,
            )  # fmt: skip
        reason = "object deleted" if code == 100 and subcode == DELETED_SUBCODE else "refused"
        raise GraphPermanentError(
            reason, status=status, code=code, subcode=subcode, message=message, usage=usage
        )

    def _pace(self, usage: Usage) -> None:
        self.last_usage = usage
        now = self.clock()
        if usage.percent >= self.stop_at:
            wait = usage.regain_seconds or 60.0
            self._blocked_until = max(self._blocked_until, now + wait)
        elif usage.percent >= self.slow_down_at:
            share = (usage.percent - self.slow_down_at) / (self.stop_at - self.slow_down_at)
            self._next_call = now + share * self.max_spacing
        else:
            self._next_call = now


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
