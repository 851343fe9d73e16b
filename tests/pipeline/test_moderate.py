"""moderate: records, versions, idempotency, author history, partial failures, the DLQ."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import moderate
from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.domain.models import Platform
from tests.pipeline.conftest import (
    KONTAKTCENTER,
    FakeContext,
    Stack,
    comment_body,
    sample,
    signed_post,
    sqs_record,
)

COMMENT_ID = "122098765432101234_1187654321090001"
PNR_TEXT = "Min son har personnummer 19811218-9876 och behöver hjälp med skolskjutsen."


def _store(stack: Stack) -> RecordStore:
    return RecordStore(stack.table)


def _post(stack: Stack, body: bytes) -> None:
    assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200


def test_duplicate_delivery_stores_one_record_and_sends_one_email(
    stack: Stack, fake_engine: None
) -> None:
    # Meta's redeliveries differ only in entry.time.
    _post(stack, comment_body(PNR_TEXT, entry_time=1736838729))
    _post(stack, comment_body(PNR_TEXT, entry_time=1736838790))
    stack.run()
    _post(stack, comment_body(PNR_TEXT, entry_time=1736842000))
    stack.run()
    versions = _store(stack).versions(Platform.FACEBOOK, COMMENT_ID)
    assert len(versions) == 1
    assert versions[0].escalations["sensitive_information"]["status"] == "sent"  # type: ignore[index]
    assert len(stack.sent_emails()) == 1


def test_edit_is_judged_again_and_stored_as_a_new_version(stack: Stack, fake_engine: None) -> None:
    _post(stack, comment_body("Varför är vägen inte plogad?", created_time=1736838726))
    _post(stack, comment_body(PNR_TEXT, verb="edited", created_time=1736839178))
    stack.run()
    versions = _store(stack).versions(Platform.FACEBOOK, COMMENT_ID)
    assert [v.event.verb.value for v in versions] == ["add", "edited"]
    first, edit = versions
    assert first.decision.ok
    assert "confidential" in [c.value for c in edit.decision.categories]
    assert edit.decision.action.value == "remove"


def test_removal_is_recorded_without_judging(stack: Stack, fake_engine: None) -> None:
    _post(stack, sample("facebook_comment_add.json"))
    _post(stack, sample("facebook_comment_remove.json"))
    stack.run()
    versions = _store(stack).versions(Platform.FACEBOOK, "122098765432101234_1187654321098765")
    removal = next(v for v in versions if v.event.verb.value == "remove")
    assert not removal.event.judged
    assert removal.decision.ok
    assert len(versions) == 2


def test_page_own_reply_is_recorded_but_not_judged(stack: Stack, fake_engine: None) -> None:
    body = comment_body(
        "Ring oss på 070-123 45 67 så hjälper vi dig.",
        author_id="108234567890123",
        author_name="Norrsjö kommun",
    )
    _post(stack, body)
    stack.run()
    (record,) = _store(stack).versions(Platform.FACEBOOK, COMMENT_ID)
    assert record.event.by_page
    assert record.decision.ok
    assert stack.sent_emails() == []


def test_repetition_across_two_posts_uses_the_stored_author_history(
    stack: Stack, fake_engine: None
) -> None:
    text = "Köp billiga solglasögon nu på www.exempelbutik.example innan rean tar slut idag"
    _post(stack, comment_body(text, comment_id="1_1", post_id="108234567890123_1"))
    stack.run()
    _post(
        stack,
        comment_body(text, comment_id="2_2", post_id="108234567890123_2", created_time=1736839999),
    )
    stack.run()
    first = _store(stack).versions(Platform.FACEBOOK, "1_1")[0]
    second = _store(stack).versions(Platform.FACEBOOK, "2_2")[0]
    assert first.decision.ok
    assert [c.value for c in second.decision.categories] == ["spam"]


def test_partial_batch_failure_retries_only_the_failed_message(
    stack: Stack, fake_engine: None
) -> None:
    _post(stack, sample("facebook_batch_two_changes.json"))
    stack.sqs.send_message(QueueUrl=stack.moderation_queue, MessageBody='{"not": "an event"}')
    messages = stack.sqs.receive_message(
        QueueUrl=stack.moderation_queue, MaxNumberOfMessages=10, AttributeNames=["All"]
    )["Messages"]
    assert len(messages) == 3
    event = {"Records": [sqs_record(m, "arn:aws:sqs:eu-north-1:123456789012:q") for m in messages]}
    response = moderate.lambda_handler(event, FakeContext())
    bad = next(m["MessageId"] for m in messages if "not" in json.loads(m["Body"]))
    assert response["batchItemFailures"] == [{"itemIdentifier": bad}]
    assert len(stack.items()) == 2


def test_poison_message_ends_in_the_dlq_after_max_receives(stack: Stack, fake_engine: None) -> None:
    stack.sqs.send_message(QueueUrl=stack.moderation_queue, MessageBody="{broken")
    _post(stack, sample("facebook_reply.json"))
    stack.moderate_all()
    assert stack.depth(stack.moderation_queue) == 0
    dead = stack.sqs.receive_message(QueueUrl=stack.moderation_dlq, MaxNumberOfMessages=10)
    assert [m["Body"] for m in dead["Messages"]] == ["{broken"]
    assert len(stack.items()) == 1


def test_every_write_is_conditional_so_a_retry_cannot_overwrite(
    stack: Stack, fake_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _post(stack, comment_body(PNR_TEXT))
    stack.moderate_all()
    store = _store(stack)
    (record,) = store.versions(Platform.FACEBOOK, COMMENT_ID)
    store.append_override(record.pk, record.sk, {"by": "moderator", "action": "allow"})
    # A redelivery of the same version after a person overrode the decision.
    _post(stack, comment_body(PNR_TEXT, entry_time=1736849999))
    stack.moderate_all()
    (again,) = store.versions(Platform.FACEBOOK, COMMENT_ID)
    assert again.overrides[0]["action"] == "allow"
    assert again.decision == record.decision
    assert again.received_at == record.received_at


def test_records_by_day_export_includes_removed_items(stack: Stack, fake_engine: None) -> None:
    _post(stack, sample("facebook_comment_add.json"))
    _post(stack, sample("facebook_comment_remove.json"))
    assert (
        stack.webhook(signed_post("instagram", sample("instagram_comment.json")))["statusCode"]
        == 200
    )
    stack.run()
    now = datetime.now(UTC)
    exported = list(
        _store(stack).iter_records(now - timedelta(hours=1), now + timedelta(seconds=5))
    )
    kinds = sorted((r["event"]["platform"], r["event"]["verb"]) for r in exported)
    assert kinds == [("facebook", "add"), ("facebook", "remove"), ("instagram", "add")]
    assert all("decision" in r and "overrides" in r for r in exported)
    json.dumps(exported)  # the export must be JSON-serialisable as is


def test_a_missing_model_artifact_fails_the_cold_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from kommunvakt.app.settings import reset_settings
    from kommunvakt.policy.model.linear import ModelError

    shipped = Path(moderate.__file__).resolve().parents[1] / (
        "shared/kommunvakt/policy/data/policies/vallentuna.toml"
    )
    missing = tmp_path / "gone" / "model.bin"
    policy = tmp_path / "policy.toml"
    policy.write_text(
        shipped.read_text(encoding="utf-8").replace(
            "[model]\n", f'[model]\nartifact = "{missing}"\n'
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("POLICY_NAME", str(policy))
    reset_settings()
    moderate.engine.cache_clear()
    try:
        with pytest.raises(ModelError, match=str(missing)):
            importlib.reload(moderate)
    finally:
        monkeypatch.delenv("POLICY_NAME")
        reset_settings()
        moderate.engine.cache_clear()
        importlib.reload(moderate)


def test_second_edit_with_the_original_created_time_is_judged_and_stored(
    stack: Stack, fake_engine: None
) -> None:
    # Meta keeps the comment's created_time on edits: only the content tells them apart.
    _post(stack, comment_body("Varför är vägen inte plogad?", verb="add"))
    _post(stack, comment_body("Varför är den inte plogad än?", verb="edited"))
    _post(stack, comment_body("Jag ska döda dig", verb="edited", entry_time=1736840000))
    stack.run()
    versions = _store(stack).versions(Platform.FACEBOOK, COMMENT_ID)
    assert [v.event.text for v in versions] == [
        "Varför är vägen inte plogad?",
        "Varför är den inte plogad än?",
        "Jag ska döda dig",
    ]
    assert versions[-1].decision.action.value == "remove"
    assert len(stack.emails_to(KONTAKTCENTER)) == 1  # the threat, once


def test_redelivery_is_recognised_before_the_engine_runs(
    stack: Stack, fake_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _post(stack, comment_body(PNR_TEXT, entry_time=1736838729))
    stack.moderate_all()
    engine = moderate.service().engine
    calls: list[str] = []
    original = engine.decide

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append("decide")
        return original(*args, **kwargs)

    monkeypatch.setattr(engine, "decide", spy)
    _post(stack, comment_body(PNR_TEXT, entry_time=1736849999))
    stack.moderate_all()
    assert calls == []
    assert len(_store(stack).versions(Platform.FACEBOOK, COMMENT_ID)) == 1


def test_a_record_under_the_old_key_is_still_recognised_as_the_same_version(
    stack: Stack, fake_engine: None
) -> None:
    # Records written before versions were keyed by content: V#<created_time ISO>#<verb>.
    _post(stack, comment_body(PNR_TEXT))
    stack.moderate_all()
    (item,) = stack.items()
    stack.dynamodb.delete_item(TableName=stack.table, Key={"PK": item["PK"], "SK": item["SK"]})
    legacy = "2025-01-14T07:12:06+00:00#add"
    item |= {"SK": {"S": f"V#{legacy}"}, "version": {"S": legacy}}
    stack.dynamodb.put_item(TableName=stack.table, Item=item)
    _post(stack, comment_body(PNR_TEXT, entry_time=1736849999))
    stack.moderate_all()
    assert [i["SK"]["S"] for i in stack.items()] == [f"V#{legacy}"]
