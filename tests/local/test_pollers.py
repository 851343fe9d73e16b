"""The in-process SQS event source behaves like Lambda's: partial batch failures are retried,
and after maxReceiveCount SQS moves the message to the dead-letter queue."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import boto3
import pytest
from moto import mock_aws

from kommunvakt.infra.template_resources import SqsTrigger
from kommunvakt.local.lambda_runtime import FunctionSpec, LocalFunction
from kommunvakt.local.pollers import SqsPoller, interpret_result

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient

REGION = "eu-north-1"


@pytest.fixture
def sqs() -> Iterator[SQSClient]:
    with mock_aws():
        yield boto3.client("sqs", region_name=REGION)


def _queues(sqs: SQSClient, max_receive: int) -> tuple[str, str]:
    dlq = sqs.create_queue(QueueName="work-dlq")["QueueUrl"]
    arn = f"arn:aws:sqs:{REGION}:123456789012:work-dlq"
    redrive = json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": max_receive})
    queue = sqs.create_queue(QueueName="work", Attributes={"RedrivePolicy": redrive})["QueueUrl"]
    return queue, dlq


def _bodies(sqs: SQSClient, url: str) -> list[str]:
    got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=0)
    return sorted(m["Body"] for m in got.get("Messages", []))


def _poller(
    sqs: SQSClient, queue: str, dlq: str, handler: Any, *, report: bool = True
) -> SqsPoller:
    trigger = SqsTrigger("work", queue, 10, 2, dlq, report)
    function = LocalFunction(FunctionSpec("Work", "work.handler", 5), REGION, handler=handler)
    return SqsPoller(trigger, function, sqs, region=REGION, retry_delay=0, wait_seconds=0)


def test_failed_items_are_retried_then_dead_lettered_and_the_rest_deleted(sqs: SQSClient) -> None:
    queue, dlq = _queues(sqs, max_receive=2)
    for body in ("ok-1", "poison", "ok-2"):
        sqs.send_message(QueueUrl=queue, MessageBody=body)
    calls: list[list[str]] = []

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        calls.append([r["body"] for r in event["Records"]])
        assert all(r["eventSource"] == "aws:sqs" for r in event["Records"])
        failed = [r["messageId"] for r in event["Records"] if r["body"] == "poison"]
        return {"batchItemFailures": [{"itemIdentifier": i} for i in failed]}

    poller = _poller(sqs, queue, dlq, handler)
    for _ in range(5):
        poller.poll_once()
    assert sorted(calls[0]) == ["ok-1", "ok-2", "poison"]
    assert calls[1:] == [["poison"]]  # retried once more (2 receives), then no more
    assert _bodies(sqs, queue) == []
    assert _bodies(sqs, dlq) == ["poison"]


def test_a_crashing_handler_leaves_the_whole_batch_for_a_retry(sqs: SQSClient) -> None:
    queue, dlq = _queues(sqs, max_receive=5)
    sqs.send_message(QueueUrl=queue, MessageBody="a")
    sqs.send_message(QueueUrl=queue, MessageBody="b")
    attempts: list[int] = []

    def handler(event: dict[str, Any], context: Any) -> None:
        attempts.append(int(event["Records"][0]["attributes"]["ApproximateReceiveCount"]))
        if len(attempts) == 1:
            raise RuntimeError("cold start failed")

    poller = _poller(sqs, queue, dlq, handler)
    first = poller.poll_once()
    assert first is not None and first.error == "RuntimeError"
    assert len(first.failed_ids) == 2
    poller.poll_once()
    assert attempts == [1, 2]
    assert _bodies(sqs, queue) == []


def test_without_report_batch_item_failures_success_deletes_everything(sqs: SQSClient) -> None:
    queue, dlq = _queues(sqs, max_receive=2)
    sqs.send_message(QueueUrl=queue, MessageBody="a")

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return {"batchItemFailures": [{"itemIdentifier": event["Records"][0]["messageId"]}]}

    _poller(sqs, queue, dlq, handler, report=False).poll_once()
    assert _bodies(sqs, queue) == []


@pytest.mark.parametrize(
    ("result", "failed"),
    [
        (None, set()),
        ({"batchItemFailures": []}, set()),
        ({"batchItemFailures": [{"itemIdentifier": "m2"}]}, {"m2"}),
        # An identifier Lambda cannot match fails the whole batch.
        ({"batchItemFailures": [{"itemIdentifier": "nope"}]}, {"m1", "m2"}),
        ({"batchItemFailures": [{"itemIdentifier": ""}]}, {"m1", "m2"}),
        ({"batchItemFailures": "m1"}, {"m1", "m2"}),
    ],
)
def test_batch_item_failures_are_read_as_lambda_reads_them(result: Any, failed: set[str]) -> None:
    records = [{"messageId": "m1"}, {"messageId": "m2"}]
    assert interpret_result(result, records, True) == failed
