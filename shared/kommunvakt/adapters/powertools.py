"""The Powertools wiring every handler shares: logger, metrics, and SQS batch accounting."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord


def logger_and_metrics() -> tuple[Logger, Metrics]:
    # Powertools reads its own POWERTOOLS_* variables when these are built; the fallbacks keep
    # a handler imported outside Lambda (tests, the local run) from failing on its first flush.
    service = os.environ.get("POWERTOOLS_SERVICE_NAME") or "kommunvakt"
    namespace = os.environ.get("POWERTOOLS_METRICS_NAMESPACE") or "Kommunvakt"
    return Logger(service=service), Metrics(service=service, namespace=namespace)


def sqs_batch_processor() -> BatchProcessor:
    # Report every failed item instead of raising when all fail: the same messages are retried
    # either way, and a raise would count as a function error and page someone for one batch.
    return BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)


_CORRELATION_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def correlation_id_of(record: SQSRecord) -> str | None:
    """The correlation id the publisher put on the message (attribute, else the body's field),
    only if it has the shape we give it: a poison body must not write its own log fields."""
    attribute = (
        record.message_attributes["correlation_id"] if "messageAttributes" in record else None
    )
    value = attribute.string_value if attribute is not None else None
    if value is None:
        try:
            body = json.loads(record.body)
        except (ValueError, RecursionError):
            body = None
        value = body.get("correlation_id") if isinstance(body, dict) else None
    return value if isinstance(value, str) and _CORRELATION_ID.fullmatch(value) else None


@contextmanager
def dead_letter_accounting(
    record: SQSRecord, logger: Logger, metrics: Metrics, max_receive_count: Callable[[], int]
) -> Iterator[None]:
    """Let a failure propagate (the message is retried), logging its cause at ERROR — the
    exception type, the message and correlation ids, never the exception's text, which may
    quote the body — and counting the last try before SQS moves the message to the DLQ;
    clear the correlation id after."""
    try:
        yield
    except Exception as exc:
        receive_count = int(record.attributes.approximate_receive_count or 1)
        final = receive_count >= max_receive_count()
        if final:
            metrics.add_metric(name="DeadLettered", unit=MetricUnit.Count, value=1)
        logger.error(
            "giving up: message goes to the DLQ" if final else "message failed, will retry",
            extra={
                "message_id": record.message_id,
                "correlation_id": correlation_id_of(record),
                "exception_type": type(exc).__name__,
                "receive_count": receive_count,
                "dead_lettered": final,
            },
        )
        raise
    finally:
        logger.set_correlation_id(None)
