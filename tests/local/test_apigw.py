"""The local HTTP API: requests reach the handler exactly as API Gateway would pass them."""

from __future__ import annotations

import base64
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from kommunvakt.local.apigw import (
    LocalHttpApi,
    Route,
    build_event,
    find_route,
    response_from_result,
)
from kommunvakt.local.lambda_runtime import FunctionSpec, LocalFunction


def test_utf8_body_is_passed_through_byte_for_byte() -> None:
    body = b'{"message":"Hej fr\\u00e5n V\\u00e4sby \\/ torget","x":"\xc3\xa5"}'
    event = build_event(
        method="POST",
        target="/webhooks/facebook",
        headers=[("Content-Type", "application/json")],
        body=body,
        route_key="POST /webhooks/facebook",
    )
    assert event["isBase64Encoded"] is False
    assert event["body"].encode("utf-8") == body


def test_body_that_is_not_utf8_arrives_base64_encoded() -> None:
    body = b"\xff\xfe binary \x00"
    event = build_event(method="POST", target="/x", headers=[], body=body, route_key="$default")
    assert event["isBase64Encoded"] is True
    assert base64.b64decode(event["body"]) == body


def test_request_shape_matches_payload_format_2() -> None:
    event = build_event(
        method="GET",
        target="/webhooks/facebook?hub.mode=subscribe&hub.challenge=42&tag=a&tag=b&empty=",
        headers=[
            ("X-Hub-Signature-256", "sha256=ab"),
            ("Accept", "text/plain"),
            ("accept", "application/json"),
            ("Cookie", "a=1; b=2"),
            ("User-Agent", "facebookexternalua"),
        ],
        body=b"",
        route_key="GET /webhooks/facebook",
    )
    assert event["version"] == "2.0"
    assert event["rawPath"] == "/webhooks/facebook"
    assert event["rawQueryString"] == "hub.mode=subscribe&hub.challenge=42&tag=a&tag=b&empty="
    assert event["queryStringParameters"] == {
        "hub.mode": "subscribe",
        "hub.challenge": "42",
        "tag": "a,b",
        "empty": "",
    }
    assert event["headers"]["x-hub-signature-256"] == "sha256=ab"
    assert event["headers"]["accept"] == "text/plain,application/json"
    assert "cookie" not in event["headers"]
    assert event["cookies"] == ["a=1", "b=2"]
    http = event["requestContext"]["http"]
    assert (http["method"], http["path"], http["userAgent"]) == (
        "GET",
        "/webhooks/facebook",
        "facebookexternalua",
    )
    assert event["routeKey"] == event["requestContext"]["routeKey"] == "GET /webhooks/facebook"
    assert "body" not in event


def test_handler_response_becomes_the_http_response() -> None:
    response = response_from_result(
        {
            "statusCode": 401,
            "headers": {"Content-Type": "text/plain"},
            "cookies": ["s=1"],
            "body": "invalid signature",
        }
    )
    assert response.status == 401
    assert ("Content-Type", "text/plain") in response.headers
    assert ("Set-Cookie", "s=1") in response.headers
    assert response.body == b"invalid signature"
    encoded = response_from_result(
        {"statusCode": 200, "isBase64Encoded": True, "body": base64.b64encode(b"\x00\x01").decode()}
    )
    assert encoded.body == b"\x00\x01"


def test_a_result_without_status_is_inferred_as_json_200() -> None:
    inferred = response_from_result({"ok": True})
    assert (inferred.status, json.loads(inferred.body)) == (200, {"ok": True})


def _function(handler: Any) -> LocalFunction:
    return LocalFunction(FunctionSpec("Fn", "fake.handler"), "eu-north-1", handler=handler)


def test_routes_prefer_exact_paths_over_variables() -> None:
    exact, variable = _function(None), _function(None)
    routes = [
        Route("POST", "/webhooks/{name}", variable),
        Route("POST", "/webhooks/facebook", exact),
    ]
    assert find_route(routes, "POST", "/webhooks/facebook") == (routes[1], {})
    assert find_route(routes, "POST", "/webhooks/instagram") == (routes[0], {"name": "instagram"})
    with pytest.raises(LookupError):
        find_route(routes, "GET", "/webhooks/facebook")


@pytest.fixture
def api() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        seen.append(event)
        if event["rawPath"] == "/boom":
            raise RuntimeError("handler bug")
        assert context.get_remaining_time_in_millis() > 0
        return {"statusCode": 200, "body": event.get("body", "")[::-1]}

    function = _function(handler)
    server = LocalHttpApi(0, [Route("POST", "/echo", function), Route("GET", "/boom", function)])
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_http_round_trip_through_the_handler(api: tuple[str, list[dict[str, Any]]]) -> None:
    base, seen = api
    request = urllib.request.Request(f"{base}/echo?q=1", data="åäö".encode(), method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        assert response.read().decode() == "öäå"
    assert seen[0]["queryStringParameters"] == {"q": "1"}
    assert seen[0]["requestContext"]["http"]["sourceIp"] == "127.0.0.1"


def test_unknown_route_is_404_and_a_crashing_handler_500(
    api: tuple[str, list[dict[str, Any]]],
) -> None:
    base, _ = api
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{base}/nowhere", timeout=10)
    assert missing.value.code == 404
    with pytest.raises(urllib.error.HTTPError) as crashed:
        urllib.request.urlopen(f"{base}/boom", timeout=10)
    assert crashed.value.code == 500
    # As from API Gateway: no stack trace or exception text reaches the client.
    assert b"handler bug" not in crashed.value.read()
