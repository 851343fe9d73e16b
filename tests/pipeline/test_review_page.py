"""The review page behind the e-mail link: GET shows (masked) and changes nothing, POST acts
once; forged, expired, reused and other decisions' tokens get a Swedish 403 page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

import review
from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.app.review_token import sign_review_token
from kommunvakt.domain.models import Platform
from tests.pipeline.conftest import (
    KONTAKTCENTER,
    REVIEW_KEY,
    FakeContext,
    Stack,
    comment_body,
    http_event,
    signed_post,
)
from tests.pipeline.fakes import FakeMeta
from tests.pipeline.test_actions import THREAT, _live, _wire

PNR = "19811218-9876"
COMMENT_ID = "122098765432101234_1187654321090001"
OTHER_ID = "122098765432101234_1187654321090002"


@pytest.fixture
def mailed(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeMeta, str]]:
    meta = _wire(stack, monkeypatch, _live())
    review.service.cache_clear()
    text = f"{THREAT} Mitt personnummer är {PNR}."
    assert stack.webhook(signed_post("facebook", comment_body(text)))["statusCode"] == 200
    stack.webhook(signed_post("facebook", comment_body(THREAT, comment_id=OTHER_ID)))
    stack.run()
    bodies = [m.body for m in stack.sent_emails()]
    links = [u for b in bodies for u in re.findall(r"https://\S+/review\?t=[\w.\-]+", b)]
    link = next(u for u in links if _claims(u)["r"].startswith(f"OBJ#facebook#{COMMENT_ID}|"))
    yield meta, link
    review.service.cache_clear()


def _claims(link: str) -> dict[str, Any]:
    import base64
    import json

    token = parse_qs(urlsplit(link).query)["t"][0]
    head = token.split(".")[0]
    data: dict[str, Any] = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    return data


def _get(token: str) -> dict[str, Any]:
    result: dict[str, Any] = review.lambda_handler(
        http_event("GET", "/review", query={"t": token}), FakeContext()
    )
    return result


def _post(form: dict[str, str]) -> dict[str, Any]:
    event = http_event("POST", "/review", body=urlencode(form).encode())
    event["headers"]["content-type"] = "application/x-www-form-urlencoded"
    result: dict[str, Any] = review.lambda_handler(event, FakeContext())
    return result


def _token(link: str) -> str:
    return parse_qs(urlsplit(link).query)["t"][0]


def _record_id(stack: Stack, object_id: str = COMMENT_ID) -> str:
    (record,) = RecordStore(stack.table).versions(Platform.FACEBOOK, object_id)
    return record.record_id


def _overrides(stack: Stack) -> list[dict[str, Any]]:
    return [i for i in stack.items() if i["SK"]["S"].startswith("OVR#")]


def test_get_shows_the_masked_decision_and_changes_nothing(
    stack: Stack, mailed: tuple[FakeMeta, str]
) -> None:
    _, link = mailed
    before = stack.items()
    page = _get(_token(link))
    assert page["statusCode"] == 200
    assert page["headers"]["Referrer-Policy"] == "no-referrer"
    html = page["body"]
    assert "Granska beslut" in html and "Återställ kommentaren" in html
    assert PNR not in html and "811218" not in html
    assert "Olämpliga kommentarer: uppmaningar till brott" in html
    assert _get(_token(link))["statusCode"] == 200  # a mail scanner's visit spends nothing
    assert stack.items() == before


def test_post_restore_records_who_and_sends_the_unhide(
    stack: Stack, mailed: tuple[FakeMeta, str]
) -> None:
    meta, link = mailed
    record_id = _record_id(stack)
    page = _post({"t": _token(link), "decision": record_id, "action": "restore",
                  "reason": "Inget hot, ett citat"})  # fmt: skip
    assert page["statusCode"] == 200 and "Tack" in page["body"]
    (override,) = _overrides(stack)
    assert override["by"]["S"] == KONTAKTCENTER and override["via"]["S"] == "review-page"
    assert override["reason"]["S"] == "Inget hot, ett citat"
    stack.act_all()
    assert meta.calls[-1] == ("POST", f"/v21.0/{COMMENT_ID}", {"is_hidden": ["false"]})


def test_a_reused_token_is_refused_and_changes_nothing(
    stack: Stack, mailed: tuple[FakeMeta, str]
) -> None:
    _, link = mailed
    form = {"t": _token(link), "decision": _record_id(stack), "action": "confirm"}
    assert _post(form)["statusCode"] == 200
    again = _post(form | {"action": "restore"})
    assert again["statusCode"] == 403 and "redan använts" in again["body"]
    assert _get(_token(link))["statusCode"] == 403
    assert [o["kind"]["S"] for o in _overrides(stack)] == ["confirm"]


def test_forged_expired_and_other_decision_tokens_are_403(
    stack: Stack, mailed: tuple[FakeMeta, str]
) -> None:
    _, link = mailed
    record_id = _record_id(stack)
    token = _token(link)
    head, sig = token.split(".")
    forged = f"{head}.{'A' + sig[1:] if sig[0] != 'A' else 'B' + sig[1:]}"
    wrong_key = sign_review_token(b"guess", record_id, "x@y.se", datetime.now(UTC) + timedelta(1))
    expired = sign_review_token(REVIEW_KEY, record_id, "x@y.se", datetime.now(UTC) - timedelta(1))
    other = sign_review_token(
        REVIEW_KEY, _record_id(stack, OTHER_ID), "x@y.se", datetime.now(UTC) + timedelta(1)
    )
    for bad, words in ((forged, "inte giltig"), (wrong_key, "inte giltig"),
                       (expired, "slutat gälla"), ("nonsense", "ofullständig")):  # fmt: skip
        assert _get(bad)["statusCode"] == 403
        page = _post({"t": bad, "decision": record_id, "action": "restore"})
        assert page["statusCode"] == 403 and words in page["body"]
    page = _post({"t": other, "decision": record_id, "action": "restore"})
    assert page["statusCode"] == 403 and "annat beslut" in page["body"]
    assert _overrides(stack) == []
    assert stack.depth(stack.action_queue) == 0


def test_post_without_the_decision_is_400(stack: Stack, mailed: tuple[FakeMeta, str]) -> None:
    _, link = mailed
    page = _post({"t": _token(link), "action": "restore"})
    assert page["statusCode"] == 400
    assert _overrides(stack) == []
    # The token is not spent by a bad request: the right form still works.
    ok = _post({"t": _token(link), "decision": _record_id(stack), "action": "restore"})
    assert ok["statusCode"] == 200
