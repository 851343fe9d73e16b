"""SQS event sources run in-process, with the semantics of Lambda's SQS poller.

One thread per trigger receives up to `batch_size` messages, invokes the handler with the
event Lambda would build, deletes what succeeded and leaves the rest on the queue. SQS itself
(moto) counts the receives and moves a message to the dead-letter queue after
`maxReceiveCount`, exactly as in AWS. Locally a failed message becomes visible again after
`retry_delay` seconds instead of the queue's visibility timeout, so retries take seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kommunvakt.infra.template_resources import ACCOUNT_ID, SqsTrigger
from kommunvakt.local.lambda_runtime import LocalFunction

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient
    from mypy_boto3_sqs.type_defs import MessageTypeDef

log = logging.getLogger("kommunvakt.local")

_SQS_RECEIVE_MAX = 10


@dataclass(frozen=True)
class BatchOutcome:
    records: list[dict[str, Any]]
    failed_ids: frozenset[str]
    error: str | None = None
    """The exception type when the whole invocation failed."""

    @property
    def succeeded(self) -> list[dict[str, Any]]:
        return [r for r in self.records if r["messageId"] not in self.failed_ids]


def queue_arn(queue_url: str, region: str) -> str:
    return f"arn:aws:sqs:{region}:{ACCOUNT_ID}:{queue_url.rstrip('/').rsplit('/', 1)[-1]}"


def lambda_record(message: MessageTypeDef, source_arn: str, region: str) -> dict[str, Any]:
    """One `Records[]` entry of the event Lambda's SQS poller builds."""
    attributes = {str(k): v for k, v in message.get("Attributes", {}).items()}
    message_attributes = {
        name: {
            "stringValue": value.get("StringValue"),
            "binaryValue": value.get("BinaryValue"),
            "stringListValues": list(value.get("StringListValues", [])),
            "binaryListValues": list(value.get("BinaryListValues", [])),
            "dataType": value.get("DataType", "String"),
        }
        for name, value in message.get("MessageAttributes", {}).items()
    }
    for entry in message_attributes.values():
        if entry["binaryValue"] is None:
            del entry["binaryValue"]
        if entry["stringValue"] is None:
            del entry["stringValue"]
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message.get("Body", ""),
        "attributes": attributes,
        "messageAttributes": message_attributes,
        "md5OfBody": message.get("MD5OfBody", ""),
        "eventSource": "aws:sqs",
        "eventSourceARN": source_arn,
        "awsRegion": region,
    }


def interpret_result(
    result: Any, records: Sequence[Mapping[str, Any]], report_batch_item_failures: bool
) -> frozenset[str]:
    """The message ids Lambda would leave on the queue after this handler result."""
    every = frozenset(str(r["messageId"]) for r in records)
    if not report_batch_item_failures or result is None:
        return frozenset()
    if not isinstance(result, Mapping):
        return frozenset()
    failures = result.get("batchItemFailures")
    if failures is None:
        return frozenset()
    if not isinstance(failures, list):
        return every
    failed: set[str] = set()
    for item in failures:
        identifier = item.get("itemIdentifier") if isinstance(item, Mapping) else None
        # An empty or unknown identifier makes Lambda retry the whole batch.
        if not identifier or identifier not in every:
            return every
        failed.add(str(identifier))
    return frozenset(failed)


class SqsPoller:
    def __init__(
        self,
        trigger: SqsTrigger,
        function: LocalFunction,
        client: SQSClient,
        *,
        region: str,
        retry_delay: int = 1,
        wait_seconds: int = 1,
        on_batch: Callable[[SqsTrigger, BatchOutcome], None] | None = None,
    ) -> None:
        self.trigger = trigger
        self.function = function
        self.client = client
        self.region = region
        self.retry_delay = retry_delay
        self.wait_seconds = wait_seconds
        self.on_batch = on_batch
        self.source_arn = queue_arn(trigger.queue_url, region)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"poller-{trigger.function}", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_once()
            except Exception as exc:
                if self._stop.is_set():
                    return
                # The AWS stand-in hiccuped; Lambda's poller would back off and try again.
                log.warning("%s poller: %s; retrying", self.trigger.function, type(exc).__name__)
                self._stop.wait(1.0)

    def receive(self) -> list[MessageTypeDef]:
        messages: list[MessageTypeDef] = []
        wait = self.wait_seconds
        visibility = max(int(self.function.spec.timeout_seconds) + 5, self.retry_delay)
        while len(messages) < self.trigger.batch_size and not self._stop.is_set():
            response = self.client.receive_message(
                QueueUrl=self.trigger.queue_url,
                MaxNumberOfMessages=min(_SQS_RECEIVE_MAX, self.trigger.batch_size - len(messages)),
                WaitTimeSeconds=wait,
                VisibilityTimeout=visibility,
                MessageSystemAttributeNames=["All"],
                MessageAttributeNames=["All"],
            )
            got = response.get("Messages", [])
            messages.extend(got)
            if len(got) < _SQS_RECEIVE_MAX:
                break
            wait = 0
        return messages

    def poll_once(self) -> BatchOutcome | None:
        messages = self.receive()
        if not messages:
            return None
        records = [lambda_record(m, self.source_arn, self.region) for m in messages]
        started = time.monotonic()
        try:
            result = self.function.invoke({"Records": records})
        except Exception as exc:
            log.error(
                "%s failed for a batch of %d: %s",
                self.trigger.function,
                len(records),
                type(exc).__name__,
            )
            log.debug("handler failure", exc_info=True)
            outcome = BatchOutcome(
                records, frozenset(r["messageId"] for r in records), type(exc).__name__
            )
        else:
            failed = interpret_result(result, records, self.trigger.report_batch_item_failures)
            outcome = BatchOutcome(records, failed)
        self._settle(outcome)
        log.debug(
            "%s: batch of %d in %.0f ms, %d failed",
            self.trigger.function,
            len(records),
            (time.monotonic() - started) * 1000,
            len(outcome.failed_ids),
        )
        if self.on_batch is not None:
            self.on_batch(self.trigger, outcome)
        return outcome

    def _settle(self, outcome: BatchOutcome) -> None:
        done = outcome.succeeded
        for start in range(0, len(done), _SQS_RECEIVE_MAX):
            chunk = done[start : start + _SQS_RECEIVE_MAX]
            self.client.delete_message_batch(
                QueueUrl=self.trigger.queue_url,
                Entries=[
                    {"Id": str(i), "ReceiptHandle": r["receiptHandle"]} for i, r in enumerate(chunk)
                ],
            )
        for record in outcome.records:
            if record["messageId"] not in outcome.failed_ids:
                continue
            receives = int(record["attributes"].get("ApproximateReceiveCount", "1"))
            limit = self.trigger.max_receive_count
            if limit is not None and receives >= limit:
                log.warning(
                    "%s: message %s failed %d times; SQS moves it to the dead-letter queue",
                    self.trigger.function,
                    record["messageId"],
                    receives,
                )
            # Left on the queue; only its visibility is shortened, so it returns in seconds.
            self.client.change_message_visibility(
                QueueUrl=self.trigger.queue_url,
                ReceiptHandle=record["receiptHandle"],
                VisibilityTimeout=self.retry_delay,
            )
