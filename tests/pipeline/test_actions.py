"""The action step: dry-run by default, live calls at most once, every attempt on record,
throttling waits on the queue, permanent errors told once, our own actions never loop."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pytest

import act
import moderate
from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.adapters.graph import GraphClient
from kommunvakt.adapters.mail import SesMailer
from kommunvakt.adapters.sqs import QueuePublisher
from kommunvakt.app.actions import ActionService
from kommunvakt.app.messages import ActionMessage
from kommunvakt.app.moderation import ModerationService
from kommunvakt.domain.actions import ActionRules
from kommunvakt.domain.models import Platform
from kommunvakt.policy.config import Policy, load_policy
from kommunvakt.policy.engine import Engine
from tests.pipeline.conftest import (
    KONTAKTCENTER,
    PAGE_ID,
    POLICE_DESK,
    SENDER,
    FakeContext,
    Stack,
    comment_body,
    signed_post,
    sqs_record,
)
from tests.pipeline.fakes import FakeMeta, fake_detectors

COMMENT_ID = "122098765432101234_1187654321090001"
THREAT = "Jag ska döda dig om du inte plogar min gata."
PNR_TEXT = "Min son har personnummer 19811218-9876 och behöver hjälp."


def _wire(stack: Stack, monkeypatch: pytest.MonkeyPatch, policy: Policy) -> FakeMeta:
    meta = FakeMeta()
    engine = Engine(policy, detectors=fake_detectors())
    store = RecordStore(stack.table)

    @cache
    def moderation() -> ModerationService:
        return ModerationService(
            engine, store, QueuePublisher(stack.email_queue), QueuePublisher(stack.action_queue)
        )

    graph = GraphClient(
        token_for=lambda p: "page-token",
        base_urls={p: "https://graph.test/v21.0" for p in Platform},
        transport=meta,  # type: ignore[arg-type]
        sleep=lambda s: None,
    )

    @cache
    def actions() -> ActionService:
        return ActionService(
            policy, store, graph, SesMailer(), sender=SENDER, admins=(KONTAKTCENTER,)
        )

    monkeypatch.setattr(moderate, "service", moderation)
    monkeypatch.setattr(act, "service", actions)
    return meta


def _live(**rules: Any) -> Policy:
    return load_policy("vallentuna").model_copy(
        update={"actions": ActionRules(mode="live", **rules)}
    )


@pytest.fixture
def dry(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> FakeMeta:
    return _wire(stack, monkeypatch, load_policy("vallentuna"))


@pytest.fixture
def live(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> FakeMeta:
    return _wire(stack, monkeypatch, _live())


def _post(stack: Stack, body: bytes, platform: str = "facebook") -> None:
    assert stack.webhook(signed_post(platform, body))["statusCode"] == 200


def _ledger(stack: Stack) -> list[dict[str, Any]]:
    items = [i for i in stack.items() if i["SK"]["S"].startswith("ACT#")]
    return sorted(
        (
            {
                "sk": i["SK"]["S"],
                "type": i["item_type"]["S"],
                **json.loads(i["data"]["S"]),
            }
            for i in items
        ),
        key=lambda d: d["sk"],
    )


def _results(stack: Stack) -> list[dict[str, Any]]:
    return [i for i in _ledger(stack) if i["type"] == "action_result"]


def test_dry_run_records_would_hide_and_sends_nothing(stack: Stack, dry: FakeMeta) -> None:
    _post(stack, comment_body(THREAT))
    stack.run()
    (result,) = _results(stack)
    assert result["outcome"] == "dry-run"
    assert result["summary"] == f"would hide facebook {COMMENT_ID}"
    assert dry.calls == []


def test_live_threat_is_hidden_once_even_when_the_message_comes_twice(
    stack: Stack, live: FakeMeta
) -> None:
    _post(stack, comment_body(THREAT))
    stack.moderate_all()
    (body,) = stack.queue_bodies(stack.action_queue)
    stack.act_all()
    # A duplicate delivery of the same action message (SQS is at-least-once).
    stack.sqs.send_message(QueueUrl=stack.action_queue, MessageBody=json.dumps(body))
    stack.act_all()
    assert live.calls == [("POST", f"/v21.0/{COMMENT_ID}", {"is_hidden": ["true"]})]
    assert [i["type"] for i in _ledger(stack)] == [
        "action_attempt",
        "action_answer",
        "action_result",
    ]
    assert _results(stack)[0]["outcome"] == "done"


def test_personal_case_gets_the_reply_text_after_the_hide(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = _live()
    meta = _wire(stack, monkeypatch, policy)
    record = _stored_record(stack, policy, personal_case=True)
    stack.sqs.send_message(
        QueueUrl=stack.action_queue,
        MessageBody=ActionMessage(
            record_pk=record[0], record_sk=record[1], correlation_id="c"
        ).model_dump_json(),
    )
    stack.act_all()
    assert [c[1] for c in meta.calls] == [f"/v21.0/{COMMENT_ID}", f"/v21.0/{COMMENT_ID}/comments"]
    assert meta.calls[1][2]["message"] == [policy.reply_templates["personal_case"]]


def _stored_record(stack: Stack, policy: Policy, *, personal_case: bool) -> tuple[str, str]:
    """A stored record whose decision is a personal case (the fake detectors have none)."""
    from kommunvakt.app.meta import parse_body
    from kommunvakt.domain.models import Action, Category, Decision, Escalation

    parsed = parse_body(comment_body("Hur går det med mitt bygglov?")).events[0]
    decision = Decision(
        categories=(Category.PERSONAL_CASE,),
        action=Action.REVIEW,
        escalations=(Escalation.PERSONAL_CASE,) if personal_case else (),
        reply_template="personal_case",
        policy_version=policy.policy_version,
    )
    put = RecordStore(stack.table).put_version(
        parsed.event,
        parsed.version,
        decision,
        received_at=datetime.now(UTC),
        correlation_id="c",
        fingerprint=None,
        removed=False,
    )
    return put.record.pk, put.record.sk


def test_throttled_action_waits_on_its_queue_then_lands_in_the_dlq(
    stack: Stack, live: FakeMeta
) -> None:
    usage = json.dumps({PAGE_ID: [{"call_count": 100, "estimated_time_to_regain_access": 60}]})
    live.answer(400, {"error": {"code": 80001, "message": "too many"}},
                {"x-business-use-case-usage": usage})  # fmt: skip
    _post(stack, comment_body(THREAT))
    stack.moderate_all()
    stack.act_all(max_rounds=10)
    # One call, its answer on record; the later receives stay away from Meta for the hour it
    # asked for. No result, nothing lost: the message is in the DLQ after the queue's
    # maxReceiveCount (5), where the alarm sees it.
    ledger = _ledger(stack)
    assert not [i for i in ledger if i["type"] == "action_result"]
    answers = [i for i in ledger if i["type"] == "action_answer"]
    assert [(a["outcome"], a["code"]) for a in answers] == [("retry", 80001)]
    assert len(live.calls) == 1
    assert stack.depth(stack.action_queue) == 0
    assert stack.depth(stack.action_dlq) == 1


def test_expired_token_is_recorded_and_told_once_not_retried(stack: Stack, live: FakeMeta) -> None:
    live.answer(400, {"error": {"code": 190, "message": "Error validating access token"}})
    _post(stack, comment_body(THREAT))
    stack.run()
    stack.act_all()
    (result,) = _results(stack)
    assert (result["outcome"], result["error"]["code"]) == ("failed", 190)
    assert len(live.calls) == 1
    alerts = [m for m in stack.sent_emails() if "Kunde inte dölja" in m.subject]
    assert len(alerts) == 1
    assert "åtkomstnyckel" in alerts[0].body
    assert stack.depth(stack.action_queue) == 0 and stack.depth(stack.action_dlq) == 0


def test_deleted_comment_is_recorded_as_gone_without_alarm(stack: Stack, live: FakeMeta) -> None:
    live.answer(400, {"error": {"code": 100, "error_subcode": 33, "message": "does not exist"}})
    _post(stack, comment_body(THREAT))
    stack.run()
    assert _results(stack)[0]["outcome"] == "gone"
    assert not [m for m in stack.sent_emails() if "Kunde inte" in m.subject]


def test_refused_hide_falls_back_to_delete_when_the_policy_says_so(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    meta = _wire(stack, monkeypatch, _live(when_hiding_impossible="delete"))
    meta.answer(400, {"error": {"code": 100, "message": "cannot be hidden"}})
    meta.answer(200, {"success": True})
    _post(stack, comment_body(THREAT))
    stack.run()
    assert [c[0] for c in meta.calls] == ["POST", "DELETE"]
    assert [r["outcome"] for r in _results(stack)] == ["done", "fallback-delete"]


def test_not_json_and_timeouts_are_retried_and_then_succeed(stack: Stack, live: FakeMeta) -> None:
    live.answer(200, b"<html>proxy</html>")
    live.answer(200, {"success": True})
    _post(stack, comment_body(THREAT))
    stack.run()
    assert _results(stack)[0]["outcome"] == "done"
    assert len(live.calls) == 2


def test_a_reply_cut_off_mid_request_is_not_sent_again(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = _live(hide="off")
    meta = _wire(stack, monkeypatch, policy)
    pk, sk = _stored_record(stack, policy, personal_case=False)
    store = RecordStore(stack.table)
    # A worker claimed attempt 1 ten minutes ago and never answered (it was killed).
    store.put_action_item(
        pk=pk, version=sk.removeprefix("V#"), key="reply", kind="attempt", attempt=1,
        data={"action": "reply"}, at=datetime.now(UTC) - timedelta(minutes=10),
    )  # fmt: skip
    msg = ActionMessage(record_pk=pk, record_sk=sk, correlation_id="c").model_dump_json()
    stack.sqs.send_message(QueueUrl=stack.action_queue, MessageBody=msg)
    stack.act_all()
    assert meta.calls == []
    assert _results(stack)[0]["outcome"] == "unknown"


def test_our_hide_coming_back_is_recorded_and_never_acted_on(stack: Stack, live: FakeMeta) -> None:
    _post(stack, comment_body(THREAT))
    stack.run()
    # Meta tells us about the hide we just did, and about the Page's own reply.
    _post(stack, comment_body(THREAT, verb="hide", created_time=1736838726))
    _post(
        stack,
        comment_body(
            "Hej! Kontakta Kontaktcenter.",
            comment_id="122098765432101234_1187654321099999",
            author_id=PAGE_ID,
            author_name="Norrsjö kommun",
            parent_id=COMMENT_ID,
        ),
    )
    stack.run()
    assert len(live.calls) == 1
    versions = RecordStore(stack.table).versions(Platform.FACEBOOK, COMMENT_ID)
    assert [v.event.verb.value for v in versions] == ["add", "hide"]
    assert versions[1].event.by_page and not versions[1].event.judged
    assert stack.depth(stack.action_queue) == 0


def test_export_lists_every_attempt_answer_and_result(stack: Stack, live: FakeMeta) -> None:
    _post(stack, comment_body(THREAT))
    stack.run()
    now = datetime.now(UTC)
    exported = list(
        RecordStore(stack.table).iter_records(now - timedelta(hours=1), now + timedelta(seconds=5))
    )
    assert sorted(r["type"] for r in exported) == [
        "action_answer",
        "action_attempt",
        "action_result",
        "version",
    ]
    version = next(r for r in exported if r["type"] == "version")
    assert all(r["record_id"] == version["record_id"] for r in exported)


def test_bad_action_message_goes_to_the_dlq(stack: Stack, live: FakeMeta) -> None:
    stack.sqs.send_message(QueueUrl=stack.action_queue, MessageBody="{not json")
    stack.act_all()
    assert stack.depth(stack.action_dlq) == 1


def test_handler_reports_only_the_failed_message(stack: Stack, live: FakeMeta) -> None:
    _post(stack, comment_body(THREAT))
    stack.moderate_all()
    got = stack.sqs.receive_message(QueueUrl=stack.action_queue, AttributeNames=["All"])
    arn = f"arn:aws:sqs:eu-north-1:123456789012:{stack.action_queue.rsplit('/', 1)[-1]}"
    broken = dict(got["Messages"][0], MessageId="broken", Body="{")
    event = {"Records": [sqs_record(got["Messages"][0], arn), sqs_record(broken, arn)]}
    response = act.lambda_handler(event, FakeContext())
    assert response == {"batchItemFailures": [{"itemIdentifier": "broken"}]}
    assert _results(stack)[0]["outcome"] == "done"


@pytest.fixture(autouse=True)
def _no_leak() -> Iterator[None]:
    yield


def test_escalation_email_says_what_would_happen_and_links_the_review_page(
    stack: Stack, dry: FakeMeta
) -> None:
    _post(stack, comment_body(THREAT))
    stack.run()
    (mail,) = stack.emails_to(KONTAKTCENTER)
    assert "Provläge: Kommunvakt skulle dölja kommentaren (inget skickades" in mail.body
    assert "/review?t=" in mail.body
    # The police desk gets its own e-mail and its own link: the link names who acted.
    (police,) = stack.emails_to(POLICE_DESK)
    links = {re.search(r"/review\?t=[^\s<'\"]+", m.body).group(0) for m in (mail, police)}  # type: ignore[union-attr]
    assert len(links) == 2
    assert "Döljs/tas bort enligt policyn" not in mail.body  # the old, untrue promise


def test_live_email_says_the_comment_is_hidden(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    import notify
    from kommunvakt.app.notify import NotifyService
    from kommunvakt.app.settings import get_settings

    _wire(stack, monkeypatch, _live())

    @cache
    def service() -> NotifyService:
        return NotifyService(RecordStore(stack.table), SesMailer(), get_settings(), _live())

    monkeypatch.setattr(notify, "service", service)
    _post(stack, comment_body(THREAT))
    stack.run()
    (mail,) = stack.emails_to(KONTAKTCENTER)
    assert "Kommunvakt döljer kommentaren." in mail.body
    assert "/review?t=" not in mail.body  # no signing key given: no link rather than a bad one
