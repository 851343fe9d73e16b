"""The daily digest: every removal of the last 24 h by category with links, block candidates
with their strikes, failed actions; an empty day sends nothing."""

from __future__ import annotations

from typing import Any

import pytest

import digest
from tests.pipeline.conftest import FakeContext, Stack, comment_body, signed_post
from tests.pipeline.fakes import FakeMeta
from tests.pipeline.test_actions import THREAT, _live, _wire

PNR = "19811218-9876"


def _digests(stack: Stack) -> list[Any]:
    return [m for m in stack.sent_emails() if "sammanfattning" in m.subject]


def _post(stack: Stack, text: str, n: int, author: str = "7654321098765432") -> None:
    body = comment_body(
        text,
        comment_id=f"122098765432101234_11876543210900{n:02d}",
        author_id=author,
        created_time=1736838726 + n,
    )
    assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200


@pytest.fixture
def meta(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> FakeMeta:
    return _wire(stack, monkeypatch, _live())


def test_an_empty_day_sends_nothing(stack: Stack, meta: FakeMeta) -> None:
    _post(stack, "När öppnar simhallen?", 1)
    stack.run()
    assert digest.lambda_handler({}, FakeContext()) == {"sent": False, "message_id": None}
    assert _digests(stack) == []


def test_removals_by_category_block_candidates_and_failures(stack: Stack, meta: FakeMeta) -> None:
    meta.answer(200, {"success": True})
    meta.answer(200, {"success": True})
    meta.answer(400, {"error": {"code": 200, "message": "(#200) Permissions error"}})
    meta.answer(200, {"success": True})
    for n in range(3):  # the same author's third removal makes a block candidate
        _post(stack, THREAT, n)
        stack.run()
    _post(stack, f"Mitt personnummer är {PNR}", 10, author="1111111111")
    stack.run()
    assert digest.lambda_handler({}, FakeContext())["sent"] is True
    (mail,) = _digests(stack)
    body = mail.body
    assert "Uppmaningar till brott och hot (3)" in body
    assert "Sekretess och personuppgifter (1)" in body
    assert "Kan blockeras" in body and "3 borttagningar" in body
    assert "Åtgärder som inte gick att göra" in body
    assert "borttagen – dölja: misslyckades (felkod 200)" in body
    assert "https://www.facebook.com/" in body and "/review?t=" in body
    assert PNR not in body and "Testa" not in body
