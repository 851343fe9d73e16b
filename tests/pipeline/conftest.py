"""Pipeline fixtures: moto with the template's own tables and queues, handlers called
directly with a fake context, and a small driver that plays Lambda's SQS event source
(batch, partial failures, redrive to the DLQ)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import boto3
import pytest
from aws_lambda_powertools.utilities import parameters
from moto import mock_aws  # before any boto3 client exists
from moto.ses.models import ses_backends

import act
import moderate
import notify
import webhook
from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.adapters.sqs import QueuePublisher
from kommunvakt.app.moderation import ModerationService
from kommunvakt.app.settings import reset_settings
from kommunvakt.infra.template_resources import ACCOUNT_ID, provision_from_template
from kommunvakt.policy.config import load_policy
from kommunvakt.policy.engine import Engine
from tests.pipeline.fakes import fake_detectors

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
# Copies of ../shared/platform-samples (made-up bodies in Meta's encoding), so the tests pass
# on a clone with nothing beside it.
SAMPLES = Path(__file__).resolve().parent / "samples"
SAMPLE_SECRET = b"norrsjo-test-app-secret"
INSTAGRAM_SECRET = b"norrsjo-test-app-secret"
VERIFY_TOKEN = "norrsjo-verify-token"
REVIEW_KEY = b"norrsjo-review-signing-key"
SENDER = "kommunvakt@norrsjo.example"
KONTAKTCENTER = "kontaktcenter@norrsjo.example"
POLICE_DESK = "polisanmalan@norrsjo.example"
REGION = "eu-north-1"
PAGE_ID = "108234567890123"


@dataclass
class FakeContext:
    function_name: str = "test"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = f"arn:aws:lambda:{REGION}:123456789012:function:test"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def get_remaining_time_in_millis(self) -> int:
        return 30_000


def sign(body: bytes, secret: bytes = SAMPLE_SECRET) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def http_event(
    method: str,
    path: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    query: dict[str, str] | None = None,
    base64_encoded: bool = False,
) -> dict[str, Any]:
    """An API Gateway HTTP API (payload 2.0) event, header names lower-cased as AWS does."""
    text: str | None = None
    if body is not None:
        text = base64.b64encode(body).decode() if base64_encoded else body.decode("utf-8")
    return {
        "version": "2.0",
        "routeKey": f"{method} {path}",
        "rawPath": path,
        "rawQueryString": "&".join(f"{k}={v}" for k, v in (query or {}).items()),
        "headers": {k.lower(): v for k, v in (headers or {}).items()}
        | {"content-type": "application/json"},
        "queryStringParameters": query,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "api",
            "domainName": "api.example",
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": "203.0.113.1",
                "userAgent": "facebookexternalua",
            },
            "requestId": str(uuid.uuid4()),
            "routeKey": f"{method} {path}",
            "stage": "$default",
            "time": "14/Jan/2025:07:12:09 +0000",
            "timeEpoch": 1736838729000,
        },
        "body": text,
        "isBase64Encoded": base64_encoded,
    }


def signed_post(platform: str, body: bytes, secret: bytes = SAMPLE_SECRET) -> dict[str, Any]:
    return http_event(
        "POST",
        f"/webhooks/{platform}",
        body=body,
        headers={"X-Hub-Signature-256": sign(body, secret)},
    )


@dataclass
class Stack:
    env: dict[str, str]
    sqs: Any
    dynamodb: Any
    table: str
    moderation_queue: str
    moderation_dlq: str
    email_queue: str
    email_dlq: str
    action_queue: str
    action_dlq: str

    def webhook(self, event: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = webhook.lambda_handler(event, FakeContext())
        return result

    def drain(
        self,
        queue: str,
        handler: Callable[[dict[str, Any], Any], dict[str, Any]],
        *,
        max_rounds: int = 20,
    ) -> list[dict[str, Any]]:
        """Play Lambda's SQS event source until the queue is empty: deliver batches, delete
        what succeeded, make reported failures visible again (so redrive can happen)."""
        responses = []
        for _ in range(max_rounds):
            got = self.sqs.receive_message(
                QueueUrl=queue,
                MaxNumberOfMessages=10,
                AttributeNames=["All"],
                MessageAttributeNames=["All"],
            ).get("Messages", [])
            if not got:
                break
            arn = self.sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])[
                "Attributes"
            ]["QueueArn"]
            event = {"Records": [sqs_record(m, arn) for m in got]}
            response = handler(event, FakeContext())
            responses.append(response)
            failed = {f["itemIdentifier"] for f in response["batchItemFailures"]}
            for m in got:
                if m["MessageId"] in failed:
                    self.sqs.change_message_visibility(
                        QueueUrl=queue, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=0
                    )
                else:
                    self.sqs.delete_message(QueueUrl=queue, ReceiptHandle=m["ReceiptHandle"])
        return responses

    def moderate_all(self) -> list[dict[str, Any]]:
        return self.drain(self.moderation_queue, moderate.lambda_handler)

    def notify_all(self) -> list[dict[str, Any]]:
        return self.drain(self.email_queue, notify.lambda_handler)

    def act_all(self, *, max_rounds: int = 20) -> list[dict[str, Any]]:
        return self.drain(self.action_queue, act.lambda_handler, max_rounds=max_rounds)

    def run(self) -> None:
        self.moderate_all()
        self.notify_all()
        self.act_all()

    def queue_bodies(self, queue: str) -> list[dict[str, Any]]:
        got = self.sqs.receive_message(
            QueueUrl=queue, MaxNumberOfMessages=10, VisibilityTimeout=0
        ).get("Messages", [])
        return [json.loads(m["Body"]) for m in got]

    def depth(self, queue: str) -> int:
        attrs = self.sqs.get_queue_attributes(
            QueueUrl=queue,
            AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        )["Attributes"]
        return int(attrs["ApproximateNumberOfMessages"]) + int(
            attrs["ApproximateNumberOfMessagesNotVisible"]
        )

    def items(self) -> list[dict[str, Any]]:
        return list(self.dynamodb.scan(TableName=self.table)["Items"])

    def sent_emails(self) -> list[Any]:
        return list(ses_backends[ACCOUNT_ID][REGION].sent_messages)

    def emails_to(self, address: str) -> list[Any]:
        return [m for m in self.sent_emails() if address in m.destinations["ToAddresses"]]


def sqs_record(message: dict[str, Any], arn: str) -> dict[str, Any]:
    attrs = message.get("Attributes", {})
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": {
            "ApproximateReceiveCount": attrs.get("ApproximateReceiveCount", "1"),
            "SentTimestamp": attrs.get("SentTimestamp", "0"),
            "SenderId": attrs.get("SenderId", "test"),
            "ApproximateFirstReceiveTimestamp": attrs.get("ApproximateFirstReceiveTimestamp", "0"),
        },
        "messageAttributes": {},
        "md5OfBody": message.get("MD5OfBody", ""),
        "eventSource": "aws:sqs",
        "eventSourceARN": arn,
        "awsRegion": REGION,
    }


def _reset_handlers() -> None:
    reset_settings()
    parameters.clear_caches()  # type: ignore[no-untyped-call]
    webhook.secrets.cache_clear()
    webhook.publisher.cache_clear()
    moderate.service.cache_clear()
    notify.service.cache_clear()
    act.service.cache_clear()


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": REGION,
        "AWS_REGION": REGION,
        "POWERTOOLS_METRICS_NAMESPACE": "KommunvaktTest",
        "POWERTOOLS_SERVICE_NAME": "kommunvakt",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def stack(aws_env: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Stack]:
    with mock_aws():
        provisioned = provision_from_template(
            TEMPLATE,
            region=REGION,
            parameters={
                "KontaktcenterAddress": KONTAKTCENTER,
                "SenderAddress": SENDER,
                "RecipientsPoliceReport": f"{POLICE_DESK},{KONTAKTCENTER}",
            },
        )
        for key, value in provisioned.env.items():
            monkeypatch.setenv(key, value)
        ssm = boto3.client("ssm", region_name=REGION)
        for name, value in (
            (provisioned.env["META_APP_SECRET_PARAMETER"], SAMPLE_SECRET.decode()),
            (provisioned.env["INSTAGRAM_APP_SECRET_PARAMETER"], INSTAGRAM_SECRET.decode()),
            (provisioned.env["META_VERIFY_TOKEN_PARAMETER"], VERIFY_TOKEN),
            (provisioned.env["REVIEW_KEY_PARAMETER"], REVIEW_KEY.decode()),
        ):
            ssm.put_parameter(Name=name, Value=value, Type="SecureString")
        boto3.client("sesv2", region_name=REGION).create_email_identity(EmailIdentity=SENDER)
        _reset_handlers()
        q = provisioned.queues
        yield Stack(
            env=provisioned.env,
            sqs=boto3.client("sqs", region_name=REGION),
            dynamodb=boto3.client("dynamodb", region_name=REGION),
            table=provisioned.env["TABLE_NAME"],
            moderation_queue=q["ModerationQueue"],
            moderation_dlq=q["ModerationDLQ"],
            email_queue=q["EmailQueue"],
            email_dlq=q["EmailDLQ"],
            action_queue=q["ActionQueue"],
            action_dlq=q["ActionDLQ"],
        )
        _reset_handlers()


@pytest.fixture
def fake_engine(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> None:
    """Moderate with the clear-cut fake detectors (pipeline mechanics, not tuning)."""

    @cache
    def service() -> ModerationService:
        return ModerationService(
            Engine(load_policy("vallentuna"), detectors=fake_detectors()),
            RecordStore(stack.table),
            QueuePublisher(stack.email_queue),
            QueuePublisher(stack.action_queue),
        )

    monkeypatch.setattr(moderate, "service", service)


def comment_body(
    text: str,
    *,
    comment_id: str = "122098765432101234_1187654321090001",
    post_id: str = f"{PAGE_ID}_122098765432101234",
    author_id: str = "7654321098765432",
    author_name: str = "Testa Testsson",
    verb: str = "add",
    created_time: int = 1736838726,
    entry_time: int = 1736838729,
    parent_id: str | None = None,
) -> bytes:
    """A Facebook feed comment body serialised the way Meta does (ASCII, escaped `/`)."""
    value: dict[str, Any] = {
        "from": {"id": author_id, "name": author_name},
        "post": {
            "permalink_url": f"https://www.facebook.com/{PAGE_ID}/posts/pfbid0Test",
            "id": post_id,
        },
        "post_id": post_id,
        "comment_id": comment_id,
        "created_time": created_time,
        "item": "comment",
        "parent_id": parent_id or post_id,
        "verb": verb,
    }
    if verb != "remove":
        value["message"] = text
    note = {
        "entry": [
            {"id": PAGE_ID, "time": entry_time, "changes": [{"value": value, "field": "feed"}]}
        ],
        "object": "page",
    }
    return json.dumps(note, separators=(",", ":")).replace("/", "\\/").encode("ascii")
