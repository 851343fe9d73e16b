"""Failures are visible (logged at ERROR with their cause) and not stuck: `redrive` moves
dead letters back and queues again escalations still pending, each mailed exactly once."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from moto.ses.models import ses_backends

import redrive
from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.app.redrive import MAX_REDRIVES
from kommunvakt.cli import redrive as redrive_cli
from kommunvakt.domain.models import Platform
from kommunvakt.infra.template_resources import ACCOUNT_ID
from tests.pipeline.conftest import REGION, Stack, comment_body, signed_post

FIELDS = ("exception_type", "correlation_id", "receive_count", "dead_lettered", "message_id")
PNR_TEXT = "Min son har personnummer 19811218-9876 och behöver hjälp med skolskjutsen."
COMMENT_ID = "122098765432101234_1187654321090001"


def test_a_failed_record_is_logged_at_error_with_its_cause_and_correlation_id(
    stack: Stack, fake_engine: None, caplog: pytest.LogCaptureFixture
) -> None:
    body = comment_body(PNR_TEXT)
    assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200
    # The record is there; the e-mail queue refuses (the moderate step fails and retries).
    stack.sqs.delete_queue(QueueUrl=stack.email_queue)
    stack.moderate_all()
    errors = [
        {k: getattr(r, k, None) for k in FIELDS} | {"message": r.getMessage()}
        for r in caplog.records
        if r.levelname == "ERROR"
    ]
    assert errors, "a failure must be visible at ERROR"
    first = errors[0]
    assert first["exception_type"]
    assert len(str(first["correlation_id"])) == 36
    assert first["receive_count"] == 1
    flat = json.dumps(errors, ensure_ascii=False)
    assert "19811218" not in flat and "Testa" not in flat  # never text or names
    assert errors[-1]["dead_lettered"] is True


def test_poison_message_is_redriven_at_most_max_redrives_times(
    stack: Stack, fake_engine: None
) -> None:
    stack.sqs.send_message(QueueUrl=stack.moderation_queue, MessageBody="{broken")
    for _ in range(MAX_REDRIVES):
        stack.moderate_all()
        assert redrive.run()["moved"] == 1
    stack.moderate_all()
    assert redrive.run() == {"moved": 0, "kept": 1, "escalations_requeued": 0}


def _ses_down(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = ses_backends[ACCOUNT_ID][REGION]

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("SES outage")

    monkeypatch.setattr(backend, "send_raw_email", refuse)
    monkeypatch.setattr(backend, "send_email", refuse)


def test_after_an_ses_outage_dead_letters_and_stuck_escalations_are_mailed_once(
    stack: Stack, fake_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as outage:
        _ses_down(outage)
        assert stack.webhook(signed_post("facebook", comment_body(PNR_TEXT)))["statusCode"] == 200
        stack.run()
        assert stack.sent_emails() == []
        assert stack.depth(stack.email_dlq) == 1
    # A second escalation whose queue message was lost altogether (only the record knows).
    other = comment_body(PNR_TEXT, comment_id="9_9", created_time=1736839999)
    assert stack.webhook(signed_post("facebook", other))["statusCode"] == 200
    stack.moderate_all()
    stack.sqs.purge_queue(QueueUrl=stack.email_queue)

    later = datetime.now(UTC) + timedelta(hours=1)
    first = redrive.run(now=later)
    assert first["moved"] == 1
    assert first["escalations_requeued"] == 2  # both records are still pending
    stack.notify_all()
    again = redrive.run(now=later)
    stack.notify_all()
    assert again == {"moved": 0, "kept": 0, "escalations_requeued": 0}
    assert len(stack.sent_emails()) == 2  # one per escalation, never two
    store = RecordStore(stack.table)
    for object_id in (COMMENT_ID, "9_9"):
        (record,) = store.versions(Platform.FACEBOOK, object_id)
        assert {s["status"] for s in record.escalations.values()} == {"sent"}


def test_redrive_command_reports_what_it_did(
    stack: Stack, fake_engine: None, capsys: pytest.CaptureFixture[str]
) -> None:
    stack.sqs.send_message(QueueUrl=stack.email_dlq, MessageBody="{}")
    args = argparse.Namespace(
        endpoint_url=None,
        region=REGION,
        stack="kommunvakt",
        older_than=30,
        no_dlq=False,
        no_escalations=False,
    )
    assert redrive_cli.run(args) == 0
    assert "1 message(s) moved back" in capsys.readouterr().out
    assert stack.depth(stack.email_queue) == 1


def test_dead_lettered_platform_actions_go_back_to_the_action_queue(
    stack: Stack, fake_engine: None
) -> None:
    """The action step's DLQ is redriven like the others: its ledger carries each action out
    at most once, however often the message comes back."""
    stack.sqs.send_message(QueueUrl=stack.action_dlq, MessageBody="{}")
    assert redrive.run() == {"moved": 1, "kept": 0, "escalations_requeued": 0}
    assert stack.depth(stack.action_dlq) == 0
    assert stack.depth(stack.action_queue) == 1
