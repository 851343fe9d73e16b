"""The Powertools wiring every handler shares: logger, metrics, and SQS batch accounting."""

from __future__ import annotations

import os
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


@contextmanager
def dead_letter_accounting(
    record: SQSRecord, logger: Logger, metrics: Metrics, max_receive_count: Callable[[], int]
) -> Iterator[None]:
    """Let a failure propagate (the message is retried), counting and logging the last try
    before SQS moves the message to the dead-letter queue; clear the correlation id after."""
    try:
        yield
    except Exception:
        if int(record.attributes.approximate_receive_count) >= max_receive_count():
            metrics.add_metric(name="DeadLettered", unit=MetricUnit.Count, value=1)
            logger.error(
                "giving up: message goes to the DLQ", extra={"message_id": record.message_id}
            )
        raise
    finally:
        logger.set_correlation_id(None)
