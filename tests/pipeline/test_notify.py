"""notify: the Swedish e-mail, masking, recipients per escalation, sending exactly once."""

from __future__ import annotations

import pytest

import notify
from kommunvakt.adapters.dynamodb import RecordStore, export_dict
from kommunvakt.app.messages import EscalationMessage
from kommunvakt.app.notification import compose_escalation_email, reference
from kommunvakt.domain.models import Escalation, Platform
from tests.pipeline.conftest import (
    KONTAKTCENTER,
    POLICE_DESK,
    SENDER,
    Stack,
    comment_body,
    signed_post,
)

PNR = "19811218-9876"
PHONE = "070-123 45 67"
COMMENT_ID = "122098765432101234_1187654321090001"


def _run(stack: Stack, text: str, **kw: object) -> None:
    body = comment_body(text, **kw)  # type: ignore[arg-type]
    assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200
    stack.run()


def test_sensitive_email_is_swedish_masked_and_gives_a_reference_not_table_keys(
    stack: Stack, fake_engine: None
) -> None:
    text = f"Hej, jag heter Testa och mitt personnummer är {PNR}, ring {PHONE}."
    _run(stack, text)
    (sent,) = stack.sent_emails()
    (record,) = RecordStore(stack.table).versions(Platform.FACEBOOK, COMMENT_ID)
    assert sent.source == SENDER
    assert sent.destinations["ToAddresses"] == [KONTAKTCENTER]
    assert "Känsliga uppgifter" in sent.subject
    body = sent.body
    for secret in (PNR, "811218", "18-9876", "123 45 67", "Testa Testsson", text):
        assert secret not in body, secret
    assert "personnummer" in body
    assert "Sekretess" in body  # the clause of the policy
    assert (
        "https://www.facebook.com/108234567890123/posts/pfbid0Test?comment_id=1187654321090001"
        in body
    )
    assert "innehåller personuppgifter" in body
    # Kontaktcenter gets a reference it can quote, which the export carries too; no table
    # keys, table names or command lines.
    assert reference(record) in body
    assert export_dict(record)["reference"] == reference(record)
    for internal in (record.pk, record.sk, "OBJ#", "PK =", "DynamoDB", stack.table, "kommunvakt "):
        assert internal not in body, internal


def test_text_part_is_masked_too(stack: Stack, fake_engine: None) -> None:
    _run(stack, f"Mitt personnummer är {PNR}")
    (record,) = RecordStore(stack.table).versions(Platform.FACEBOOK, COMMENT_ID)
    email = compose_escalation_email(
        record, [Escalation.SENSITIVE_INFORMATION], sender=SENDER, recipient=KONTAKTCENTER
    )
    assert "811218" not in email.text_body
    assert "18-9876" not in email.text_body
    assert f"Referens: {reference(record)}" in email.text_body
    assert "export" not in email.text_body


def test_police_report_goes_to_each_of_its_recipients_in_an_own_email(
    stack: Stack, fake_engine: None
) -> None:
    _run(stack, "Jag ska döda dig om du skriver igen")
    sent = stack.sent_emails()
    assert sorted(a for m in sent for a in m.destinations["ToAddresses"]) == sorted(
        [POLICE_DESK, KONTAKTCENTER]
    )
    for mail in sent:
        assert len(mail.destinations["ToAddresses"]) == 1
        assert "polisanmälas" in mail.subject
        # No personal data found: the (masked) text may be quoted for the assessment.
        assert "döda dig" in mail.body


def test_a_comment_with_two_escalations_gives_each_recipient_one_email_listing_both(
    stack: Stack, fake_engine: None
) -> None:
    _run(stack, f"Jag ska döda dig. Mitt personnummer är {PNR}")
    (record,) = RecordStore(stack.table).versions(Platform.FACEBOOK, COMMENT_ID)
    assert set(record.decision.escalations) == {
        Escalation.POLICE_REPORT,
        Escalation.SENSITIVE_INFORMATION,
    }
    by_recipient = {m.destinations["ToAddresses"][0]: m for m in stack.sent_emails()}
    assert len(stack.sent_emails()) == 2
    # Kontaktcenter handles both: one e-mail naming both; the police desk only the report.
    kc = by_recipient[KONTAKTCENTER]
    assert "polisanmälas" in kc.subject and "Känsliga uppgifter" in kc.subject
    assert "Bedöm om innehållet ska polisanmälas" in kc.body
    assert "kommunens rutin för sekretess" in kc.body
    police = by_recipient[POLICE_DESK]
    assert "polisanmälas" in police.subject and "Känsliga uppgifter" not in police.subject
    assert "kommunens rutin för sekretess" not in police.body
    for mail in (kc, police):
        assert PNR not in mail.body and "18-9876" not in mail.body
    store = RecordStore(stack.table)
    (record,) = store.versions(Platform.FACEBOOK, COMMENT_ID)
    assert {s["status"] for s in record.escalations.values()} == {"sent"}
    assert store.pending_escalations() == []


def test_ok_comment_sends_nothing(stack: Stack, fake_engine: None) -> None:
    _run(stack, "När öppnar biblioteket efter jul?")
    assert stack.sent_emails() == []
    assert stack.depth(stack.email_queue) == 0


def test_retried_email_batch_does_not_send_twice(stack: Stack, fake_engine: None) -> None:
    body = comment_body(f"Mitt personnummer är {PNR}")
    stack.webhook(signed_post("facebook", body))
    stack.moderate_all()
    (message,) = stack.sqs.receive_message(QueueUrl=stack.email_queue, VisibilityTimeout=0)[
        "Messages"
    ]
    # The same escalation delivered twice (e.g. a batch retried after a timeout).
    stack.sqs.send_message(QueueUrl=stack.email_queue, MessageBody=message["Body"])
    stack.notify_all()
    assert stack.depth(stack.email_queue) == 0
    assert len(stack.sent_emails()) == 1
    store = RecordStore(stack.table)
    (record,) = store.versions(Platform.FACEBOOK, COMMENT_ID)
    assert record.escalations[Escalation.SENSITIVE_INFORMATION]["status"] == "sent"
    assert store.pending_escalations() == []


def test_failed_send_is_retried_and_then_sent_once(
    stack: Stack, fake_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack.webhook(signed_post("facebook", comment_body(f"Mitt personnummer är {PNR}")))
    stack.moderate_all()
    service = notify.service()
    real_send = service.mailer.send
    calls = {"n": 0}

    def flaky(email):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            raise ConnectionError("SES unreachable")
        return real_send(email)

    monkeypatch.setattr(service.mailer, "send", flaky)
    responses = stack.notify_all()
    assert len(responses[0]["batchItemFailures"]) == 1
    assert responses[-1]["batchItemFailures"] == []
    assert len(stack.sent_emails()) == 1


def test_a_failure_at_the_second_recipient_does_not_mail_the_first_again(
    stack: Stack, fake_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A police report goes to the police desk and to Kontaktcenter; SES refuses the second.
    stack.webhook(signed_post("facebook", comment_body("Jag ska döda dig om du skriver igen")))
    stack.moderate_all()
    service = notify.service()
    real_send = service.mailer.send
    refused = {"n": 0}

    def refuse_kontaktcenter_once(email):  # type: ignore[no-untyped-def]
        if email.recipients == (KONTAKTCENTER,) and not refused["n"]:
            refused["n"] += 1
            raise ConnectionError("SES unreachable")
        return real_send(email)

    monkeypatch.setattr(service.mailer, "send", refuse_kontaktcenter_once)
    responses = stack.notify_all()
    assert len(responses[0]["batchItemFailures"]) == 1
    assert responses[-1]["batchItemFailures"] == []
    assert len(stack.emails_to(POLICE_DESK)) == 1  # not again on the retry
    assert len(stack.emails_to(KONTAKTCENTER)) == 1
    (record,) = RecordStore(stack.table).versions(Platform.FACEBOOK, COMMENT_ID)
    state = record.escalations[Escalation.POLICE_REPORT]
    assert state["status"] == "sent"
    assert state["mailed_to"] == ",".join(sorted([POLICE_DESK, KONTAKTCENTER]))


def test_message_for_missing_record_fails_and_is_retried(stack: Stack) -> None:
    msg = EscalationMessage(
        escalation_id="x",
        escalation=Escalation.POLICE_REPORT,
        record_pk="OBJ#facebook#nope",
        record_sk="V#-#add",
        correlation_id="c",
    )
    stack.sqs.send_message(QueueUrl=stack.email_queue, MessageBody=msg.model_dump_json())
    stack.notify_all()
    assert stack.depth(stack.email_dlq) == 1
    assert stack.sent_emails() == []
