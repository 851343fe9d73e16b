"""Acceptance: a signed sample (tests/pipeline/samples) through webhook -> moderate
-> DynamoDB -> notify -> SES (moto), on the real policy engine."""

from __future__ import annotations

import json

from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.app.notification import reference
from kommunvakt.domain.models import Escalation, Platform
from tests.pipeline.conftest import KONTAKTCENTER, Stack, sample, signed_post

COMMENT_ID = "122098765432101234_1187654321098765"
PHONE_DIGITS = "1234567"


def test_signed_sample_with_a_phone_number_reaches_kontaktcenter_masked(stack: Stack) -> None:
    added = sample("facebook_comment_add.json")
    edited = sample("facebook_comment_edited.json")
    for body in (added, edited, edited):  # the edit is delivered twice, as Meta may
        assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200
    stack.run()

    store = RecordStore(stack.table)
    versions = store.versions(Platform.FACEBOOK, COMMENT_ID)
    assert [v.event.verb.value for v in versions] == ["add", "edited"]
    original, edit = versions
    message = json.loads(edited)["entry"][0]["changes"][0]["value"]["message"]
    assert edit.event.text == message  # the public record keeps the text as written
    assert original.decision.escalations == ()
    assert Escalation.SENSITIVE_INFORMATION in edit.decision.escalations
    assert edit.escalations[Escalation.SENSITIVE_INFORMATION]["status"] == "sent"

    (sent,) = stack.sent_emails()
    assert sent.destinations["ToAddresses"] == [KONTAKTCENTER]
    flat = "".join(ch for ch in sent.body if ch.isdigit())
    assert PHONE_DIGITS not in flat
    assert "070-123 45 67" not in sent.body
    assert "Anna Lindqvist" not in sent.body
    assert reference(edit) in sent.body  # the reference Kontaktcenter quotes to find it
    assert "Sekretess" in sent.body
