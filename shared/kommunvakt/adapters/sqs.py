"""Putting messages on a queue, ten at a time (the SQS batch limit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kommunvakt.app.redrive import RedriveReport

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient

_BATCH = 10
_ATTEMPTS = 3
_BATCH_BYTES = 240 * 1024
"""Under the 256 KiB limit on a whole SendMessageBatch request."""


class QueueSendError(RuntimeError):
    """Some messages were not accepted; the caller must not acknowledge the source."""


class QueuePublisher:
    def __init__(self, queue_url: str, client: SQSClient | None = None) -> None:
        if not queue_url:
            raise ValueError("QueuePublisher needs a queue URL")
        self.queue_url = queue_url
        self._client = client

    @property
    def client(self) -> SQSClient:
        if self._client is None:
            import boto3

            self._client = boto3.client("sqs")
        return self._client

    def send_all(self, bodies: Sequence[str], correlation_ids: Sequence[str] = ()) -> int:
        """Send every body; raise QueueSendError if any is refused. Returns the count."""
        chunk: list[dict[str, Any]] = []
        size = 0
        sent = 0
        for i, body in enumerate(bodies):
            entry: dict[str, Any] = {"Id": str(i), "MessageBody": body}
            if i < len(correlation_ids):
                entry["MessageAttributes"] = {
                    "correlation_id": {"DataType": "String", "StringValue": correlation_ids[i]}
                }
            length = len(body.encode("utf-8")) + 100
            if chunk and (len(chunk) == _BATCH or size + length > _BATCH_BYTES):
                sent += self._flush(chunk)
                chunk, size = [], 0
            chunk.append(entry)
            size += length
        if chunk:
            sent += self._flush(chunk)
        return sent

    def _flush(self, entries: list[dict[str, Any]]) -> int:
        # A partly failed batch is usually transient on SQS's side: send the refused entries
        # again (a few times) before failing the caller, which would redo the whole batch.
        pending = entries
        codes: set[str] = set()
        for _ in range(_ATTEMPTS):
            response = self.client.send_message_batch(
                QueueUrl=self.queue_url,
                Entries=pending,  # type: ignore[arg-type]
            )
            done = {s["Id"] for s in response.get("Successful", [])}
            codes = {f.get("Code", "?") for f in response.get("Failed", [])}
            # An entry neither successful nor failed is not sent either.
            pending = [e for e in pending if e["Id"] not in done]
            if not pending:
                return len(entries)
        raise QueueSendError(
            f"{len(pending)} message(s) refused by SQS: {', '.join(sorted(codes)) or 'missing'}"
        )


REDRIVE_COUNT = "redrive_count"


class DeadLetterQueue:
    """Moves a DLQ's messages back to the queue they came from: send, then delete, so a
    crash in between leaves a copy in the DLQ rather than losing the message (the consumers
    are idempotent)."""

    def __init__(self, dlq_url: str, source_url: str, client: SQSClient | None = None) -> None:
        self.dlq_url = dlq_url
        self.source_url = source_url
        self._client = client

    @property
    def client(self) -> SQSClient:
        if self._client is None:
            import boto3

            self._client = boto3.client("sqs")
        return self._client

    def move_back(self, max_redrives: int) -> RedriveReport:
        report = RedriveReport()
        seen: set[str] = set()
        kept: list[str] = []
        try:
            self._move(max_redrives, report, seen, kept)
        finally:
            # What stays is visible again at once, for a person or the next run.
            for handle in kept:
                self.client.change_message_visibility(
                    QueueUrl=self.dlq_url, ReceiptHandle=handle, VisibilityTimeout=0
                )
        return report

    def _move(
        self, max_redrives: int, report: RedriveReport, seen: set[str], kept: list[str]
    ) -> None:
        while True:
            messages = self.client.receive_message(
                QueueUrl=self.dlq_url,
                MaxNumberOfMessages=10,
                MessageAttributeNames=["All"],
                # Long enough for this run; kept messages come back for the next one.
                VisibilityTimeout=120,
            ).get("Messages", [])
            fresh = [m for m in messages if m["MessageId"] not in seen]
            if not fresh:
                return
            for message in fresh:
                seen.add(message["MessageId"])
                attributes: dict[str, Any] = dict(message.get("MessageAttributes", {}))
                previous = attributes.get(REDRIVE_COUNT) or {}
                count = int(previous.get("StringValue") or 0)
                if count >= max_redrives:
                    report.kept += 1
                    kept.append(message["ReceiptHandle"])
                    continue
                attributes[REDRIVE_COUNT] = {"DataType": "Number", "StringValue": str(count + 1)}
                self.client.send_message(
                    QueueUrl=self.source_url,
                    MessageBody=message["Body"],
                    MessageAttributes=attributes,
                )
                self.client.delete_message(
                    QueueUrl=self.dlq_url, ReceiptHandle=message["ReceiptHandle"]
                )
                report.moved += 1
