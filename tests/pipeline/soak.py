"""Fault injection for the pipeline on moto, shared by tests/pipeline/test_faults.py (small)
and scripts/soak.py (10,000 events, `make soak`).

Faults: DynamoDB answers ProvisionedThroughputExceeded to a share of calls (a `before-send`
hook registered ahead of moto's, so botocore's own retries see a real throttling answer);
SES refuses every e-mail during an outage; SendMessageBatch refuses part of a batch; a
Lambda invocation times out in the middle of a batch (the records before the cut ran, none
is deleted); poison messages. Meta is played too: a delivery answered 5xx is sent again, and
a share of bodies is delivered twice.
"""

from __future__ import annotations

import json
import random
import re
import time
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, cast

import boto3
from botocore.awsrequest import AWSResponse, HTTPHeaders
from moto.core.botocore_stubber import MockRawResponse
from moto.ses.models import ses_backends

import moderate
import notify
import redrive
import webhook
from kommunvakt.adapters.sqs import QueuePublisher, QueueSendError
from kommunvakt.infra.template_resources import ACCOUNT_ID
from tests.pipeline.conftest import (
    REGION,
    FakeContext,
    Stack,
    comment_body,
    signed_post,
    sqs_record,
)

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient

POISON = ["{broken", '{"event": 5}', "[]"]


@dataclass
class Faults:
    throttle: float = 0.3
    batch_failure: float = 0.2
    timeout: float = 0.05
    ses_down: bool = False
    counts: dict[str, int] = field(
        default_factory=lambda: {"throttled": 0, "batch_refused": 0, "timeouts": 0, "ses": 0}
    )


class FlakySqs:
    """An SQS client whose SendMessageBatch refuses a random part of the batch."""

    def __init__(self, client: Any, faults: Faults, rng: random.Random) -> None:
        self._client, self._faults, self._rng = client, faults, rng

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def send_message_batch(self, QueueUrl: str, Entries: list[dict[str, Any]]) -> Any:  # noqa: N803
        if self._rng.random() >= self._faults.batch_failure:
            return self._client.send_message_batch(QueueUrl=QueueUrl, Entries=Entries)
        cut = self._rng.randrange(0, len(Entries))
        self._faults.counts["batch_refused"] += len(Entries) - cut
        ok = (
            self._client.send_message_batch(QueueUrl=QueueUrl, Entries=Entries[:cut]) if cut else {}
        )
        failed = [
            {"Id": e["Id"], "Code": "InternalError", "SenderFault": False} for e in Entries[cut:]
        ]
        return {"Successful": ok.get("Successful", []), "Failed": failed}


def install(stack: Stack, faults: Faults, rng: random.Random) -> None:
    def throttle(request: Any, **_: Any) -> AWSResponse | None:
        if rng.random() >= faults.throttle:
            return None
        faults.counts["throttled"] += 1
        body = json.dumps(
            {
                "__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                "message": "injected",
            }
        ).encode()
        headers = HTTPHeaders()
        headers["x-amzn-requestid"] = "fault"
        return AWSResponse(request.url, 400, headers, MockRawResponse(body))

    events = boto3.DEFAULT_SESSION._session.get_component("event_emitter")  # type: ignore[union-attr]
    events.register_first("before-send.dynamodb", throttle)

    backend = ses_backends[ACCOUNT_ID][REGION]
    original = backend.send_email

    def send_email(*args: Any, **kwargs: Any) -> Any:
        if faults.ses_down:
            faults.counts["ses"] += 1
            raise RuntimeError("injected SES outage")
        return original(*args, **kwargs)

    backend.send_email = send_email  # type: ignore[method-assign]
    flaky = FlakySqs(boto3.client("sqs", region_name=REGION), faults, rng)
    webhook.publisher.cache_clear()

    @cache
    def publisher() -> QueuePublisher:
        return QueuePublisher(stack.moderation_queue, client=cast("SQSClient", flaky))

    webhook.publisher = publisher


def drain(stack: Stack, queue: str, handler: Any, faults: Faults, rng: random.Random) -> None:
    """Lambda's SQS event source, with invocations that time out in the middle."""
    arn = stack.sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    for _ in range(100_000):
        got = stack.sqs.receive_message(
            QueueUrl=queue, MaxNumberOfMessages=10, AttributeNames=["All"]
        ).get("Messages", [])
        if not got:
            return
        records = [sqs_record(m, arn) for m in got]
        if rng.random() < faults.timeout:
            faults.counts["timeouts"] += 1
            cut = rng.randrange(0, len(records))
            if cut:
                handler({"Records": records[:cut]}, FakeContext())
            failed = {m["MessageId"] for m in got}  # the whole batch comes back
        else:
            response = handler({"Records": records}, FakeContext())
            failed = {f["itemIdentifier"] for f in response["batchItemFailures"]}
        for m in got:
            if m["MessageId"] in failed:
                stack.sqs.change_message_visibility(
                    QueueUrl=queue, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=0
                )
            else:
                stack.sqs.delete_message(QueueUrl=queue, ReceiptHandle=m["ReceiptHandle"])


@dataclass
class SoakReport:
    events: int
    deliveries: int
    webhook_5xx: int
    faults: dict[str, int]
    stored: int
    duplicates: int
    lost: int
    escalations: int
    emailed: int
    """Escalated comments with their e-mail(s) sent (one per recipient)."""
    email_duplicates: int
    dlq_not_poison: int
    dlq_poison: int
    seconds: float


def run(stack: Stack, n: int, *, seed: int = 9, chunk: int = 250) -> SoakReport:
    rng = random.Random(seed)
    faults = Faults()
    install(stack, faults, rng)
    started = time.monotonic()
    deliveries = webhook_5xx = 0
    threats: set[str] = set()
    for poison in POISON:
        stack.sqs.send_message(QueueUrl=stack.moderation_queue, MessageBody=poison)
    for start in range(0, n, chunk):
        # The SES outage covers the middle fifth of the run.
        faults.ses_down = 0.4 * n <= start < 0.6 * n
        for i in range(start, min(n, start + chunk)):
            comment_id = f"5_{i}"
            threat = i % 10 == 0
            if threat:
                threats.add(comment_id)
            text = f"Jag ska döda dig nr {i}" if threat else f"Varför är vägen {i} inte plogad?"
            body = comment_body(text, comment_id=comment_id, author_id=f"77{i}")
            for _ in range(2 if rng.random() < 0.1 else 1):  # Meta redelivers some
                for _attempt in range(20):  # and retries every 5xx
                    deliveries += 1
                    try:
                        status = stack.webhook(signed_post("facebook", body))["statusCode"]
                    except QueueSendError:  # Lambda's unhandled error: API Gateway says 500
                        status = 500
                    if status < 500:
                        break
                    webhook_5xx += 1
        drain(stack, stack.moderation_queue, moderate.lambda_handler, faults, rng)
        drain(stack, stack.email_queue, notify.lambda_handler, faults, rng)
    faults.ses_down = False
    # Later: the scheduled redrive runs and claims left by failed senders have gone stale
    # (5 minutes in AWS; the harness compresses time, so stale at once).
    from datetime import timedelta

    import kommunvakt.adapters.dynamodb as dynamodb_adapter

    stale, dynamodb_adapter.STALE_CLAIM = dynamodb_adapter.STALE_CLAIM, timedelta(0)
    try:
        for _ in range(4):
            faults.throttle, saved_throttle = 0.0, faults.throttle
            redrive.run(now=_later())
            faults.throttle = saved_throttle
            drain(stack, stack.moderation_queue, moderate.lambda_handler, faults, rng)
            drain(stack, stack.email_queue, notify.lambda_handler, faults, rng)
    finally:
        dynamodb_adapter.STALE_CLAIM = stale
    seconds = time.monotonic() - started
    faults.throttle = 0.0
    return _report(
        stack,
        n,
        threats=threats,
        deliveries=deliveries,
        webhook_5xx=webhook_5xx,
        faults=faults,
        seconds=seconds,
    )


def _later() -> Any:
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) + timedelta(hours=1)


def _report(
    stack: Stack,
    n: int,
    *,
    threats: set[str],
    deliveries: int,
    webhook_5xx: int,
    faults: Faults,
    seconds: float,
) -> SoakReport:
    per_object: dict[str, int] = {}
    for page in stack.dynamodb.get_paginator("scan").paginate(TableName=stack.table):
        for item in page["Items"]:
            if item["PK"]["S"].startswith("OBJ#"):
                per_object[item["PK"]["S"]] = per_object.get(item["PK"]["S"], 0) + 1
    expected = {f"OBJ#facebook#5_{i}" for i in range(n)}
    mails: dict[str, int] = {}
    for sent in stack.sent_emails():
        found = re.search(r"referensen (?:<strong>)?(ref-[0-9a-f]{12})", sent.body)
        # One e-mail per escalated comment and recipient.
        ref = found.group(1) if found else f"?{len(mails)}"
        key = f"{ref}|{','.join(sent.destinations['ToAddresses'])}"
        mails[key] = mails.get(key, 0) + 1
    dead = []
    for queue in (stack.moderation_dlq, stack.email_dlq):
        while got := stack.sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10).get(
            "Messages", []
        ):
            for m in got:
                dead.append(m["Body"])
                stack.sqs.delete_message(QueueUrl=queue, ReceiptHandle=m["ReceiptHandle"])
    return SoakReport(
        events=n,
        deliveries=deliveries,
        webhook_5xx=webhook_5xx,
        faults=dict(faults.counts),
        stored=sum(1 for k in expected if per_object.get(k)),
        duplicates=sum(c - 1 for c in per_object.values() if c > 1),
        lost=len(expected - set(per_object)),
        escalations=len(threats),
        emailed=len({key.split("|")[0] for key in mails}),
        email_duplicates=sum(c - 1 for c in mails.values()),
        dlq_not_poison=sum(1 for b in dead if b not in POISON),
        dlq_poison=sum(1 for b in dead if b in POISON),
        seconds=seconds,
    )
