"""The Graph API adapter against a stubbed HTTP layer: the right call per action and
platform, pacing on the usage headers, retries for what is temporary, none for the rest."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import pytest

from kommunvakt.adapters.graph import (
    GraphClient,
    GraphPermanentError,
    GraphRetryableError,
    HttpResponse,
    Usage,
)
from kommunvakt.domain.actions import PlannedAction, PlatformAction
from kommunvakt.domain.models import Platform

COMMENT = "131072000054321_900000000000003"
PAGE = "104857600012345"


@dataclass
class Stub:
    answers: list[HttpResponse | Exception]
    calls: list[tuple[str, str, dict[str, list[str]], Mapping[str, str]]] = field(
        default_factory=list
    )

    def __call__(
        self, method: str, url: str, body: bytes | None, headers: Mapping[str, str], timeout: float
    ) -> HttpResponse:
        params = parse_qs((body or b"").decode()) | parse_qs(urlsplit(url).query)
        self.calls.append((method, urlsplit(url).path, params, headers))
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def ok(body: object = None, headers: Mapping[str, str] | None = None) -> HttpResponse:
    return HttpResponse(200, dict(headers or {}), json.dumps(body or {"success": True}).encode())


def error(
    code: int, subcode: int | None = None, headers: Mapping[str, str] | None = None
) -> HttpResponse:
    err: dict[str, object] = {"message": f"(#{code}) test", "type": "OAuthException", "code": code}
    if subcode is not None:
        err["error_subcode"] = subcode
    return HttpResponse(400, dict(headers or {}), json.dumps({"error": err}).encode())


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def client(stub: Stub, clock: Clock | None = None) -> GraphClient:
    clock = clock or Clock()
    return GraphClient(
        token_for=lambda p: f"token-{p.value}",
        base_urls={
            Platform.FACEBOOK: "https://graph.test/v21.0",
            Platform.INSTAGRAM: "https://graph.test/v21.0",
        },
        transport=stub,
        sleep=clock.sleep,
        clock=clock,
    )


def step(action: PlatformAction, **kwargs: str) -> PlannedAction:
    target = PAGE if action in (PlatformAction.BLOCK, PlatformAction.UNBLOCK) else COMMENT
    return PlannedAction(action=action, target_id=target, mode="live", **kwargs)


@pytest.mark.parametrize(
    ("platform", "planned", "method", "path", "params"),
    [
        (Platform.FACEBOOK, step(PlatformAction.HIDE), "POST", f"/v21.0/{COMMENT}",
         {"is_hidden": ["true"]}),
        (Platform.FACEBOOK, step(PlatformAction.UNHIDE), "POST", f"/v21.0/{COMMENT}",
         {"is_hidden": ["false"]}),
        (Platform.INSTAGRAM, step(PlatformAction.HIDE), "POST", f"/v21.0/{COMMENT}",
         {"hide": ["true"]}),
        (Platform.FACEBOOK, step(PlatformAction.DELETE), "DELETE", f"/v21.0/{COMMENT}", {}),
        (Platform.FACEBOOK, step(PlatformAction.REPLY, message="Hej! Ring oss."), "POST",
         f"/v21.0/{COMMENT}/comments", {"message": ["Hej! Ring oss."]}),
        (Platform.INSTAGRAM, step(PlatformAction.REPLY, message="Hej!"), "POST",
         f"/v21.0/{COMMENT}/replies", {"message": ["Hej!"]}),
        (Platform.FACEBOOK, step(PlatformAction.BLOCK, user_id="2611"), "POST",
         f"/v21.0/{PAGE}/blocked", {"user": ["2611"]}),
        (Platform.FACEBOOK, step(PlatformAction.UNBLOCK, user_id="2611"), "DELETE",
         f"/v21.0/{PAGE}/blocked", {"user": ["2611"]}),
    ],
)  # fmt: skip
def test_each_action_is_the_documented_call(
    platform: Platform,
    planned: PlannedAction,
    method: str,
    path: str,
    params: dict[str, list[str]],
) -> None:
    stub = Stub([ok()])
    answer = client(stub).perform(platform, planned)
    assert answer.body == {"success": True}
    ((got_method, got_path, got_params, headers),) = stub.calls
    assert (got_method, got_path, got_params) == (method, path, params)
    # The token travels in a header, never in the URL (URLs end up in proxy logs).
    assert headers["Authorization"] == f"Bearer token-{platform.value}"


def test_usage_headers_are_read_from_both_forms() -> None:
    buc = json.dumps(
        {PAGE: [{"type": "pages", "call_count": 91, "total_cputime": 10, "total_time": 12,
                 "estimated_time_to_regain_access": 3}]}
    )  # fmt: skip
    usage = Usage.from_headers(
        {"x-business-use-case-usage": buc, "x-app-usage": '{"call_count": 40}'}
    )
    assert usage.percent == 91 and usage.regain_seconds == 180
    assert Usage.from_headers({"x-app-usage": "not json"}).percent == 0


def test_calls_are_spaced_out_near_the_limit_and_stop_at_it() -> None:
    clock = Clock()
    at90 = {"x-app-usage": '{"call_count": 90, "total_cputime": 5, "total_time": 5}'}
    stub = Stub([ok(headers=at90)])
    graph = client(stub, clock)
    graph.perform(Platform.FACEBOOK, step(PlatformAction.HIDE))
    graph.perform(Platform.FACEBOOK, step(PlatformAction.HIDE))
    # 90 % is 3/4 of the way from 75 % to 95 %: 1.5 s between calls.
    assert clock.slept == [1.5]
    stub.answers = [ok(headers={"x-app-usage": '{"call_count": 99}'})]
    graph.perform(Platform.FACEBOOK, step(PlatformAction.HIDE))
    with pytest.raises(GraphRetryableError) as caught:
        graph.perform(Platform.FACEBOOK, step(PlatformAction.HIDE))
    assert caught.value.retry_after == pytest.approx(60)
    assert len(stub.calls) == 3  # the fourth was not even sent


@pytest.mark.parametrize("code", [4, 17, 32, 613, 80001])
def test_throttling_codes_wait_as_long_as_meta_says(code: int) -> None:
    buc = json.dumps({PAGE: [{"call_count": 100, "estimated_time_to_regain_access": 7}]})
    stub = Stub([error(code, headers={"x-business-use-case-usage": buc})])
    with pytest.raises(GraphRetryableError) as caught:
        client(stub).perform(Platform.FACEBOOK, step(PlatformAction.HIDE))
    assert caught.value.code == code and caught.value.retry_after == 420
    assert len(stub.calls) == 1  # throttling is never retried inside the call


def test_server_errors_and_timeouts_are_retried_then_left_to_the_queue() -> None:
    clock = Clock()
    stub = Stub([HttpResponse(502, {}, b"<html>Bad gateway</html>"), TimeoutError(), ok()])
    answer = client(stub, clock).perform(Platform.FACEBOOK, step(PlatformAction.HIDE))
    assert answer.attempts == 3 and clock.slept == [0.5, 1.0]
    stub = Stub([TimeoutError()])
    with pytest.raises(GraphRetryableError, match="timeout"):
        client(stub).perform(Platform.FACEBOOK, step(PlatformAction.HIDE))
    assert len(stub.calls) == 3


def test_an_answer_that_is_not_json_is_retried_later_not_taken_as_success() -> None:
    stub = Stub([HttpResponse(200, {}, b"OK")])
    with pytest.raises(GraphRetryableError, match="not JSON"):
        client(stub).perform(Platform.FACEBOOK, step(PlatformAction.HIDE))


@pytest.mark.parametrize(
    ("code", "subcode", "reason", "gone"),
    [(190, None, "refused", False), (200, None, "refused", False),
     (100, 33, "object deleted", True), (100, None, "refused", False)],
)  # fmt: skip
def test_permanent_errors_carry_their_code_and_are_not_retried(
    code: int, subcode: int | None, reason: str, gone: bool
) -> None:
    stub = Stub([error(code, subcode=subcode)])
    with pytest.raises(GraphPermanentError) as caught:
        client(stub).perform(Platform.FACEBOOK, step(PlatformAction.HIDE))
    assert (caught.value.code, caught.value.reason, caught.value.object_gone) == (
        code,
        reason,
        gone,
    )
    assert len(stub.calls) == 1


def test_instagram_block_is_refused_before_any_call() -> None:
    stub = Stub([ok()])
    with pytest.raises(ValueError, match="no block API"):
        client(stub).perform(Platform.INSTAGRAM, step(PlatformAction.BLOCK, user_id="1"))
    assert stub.calls == []
