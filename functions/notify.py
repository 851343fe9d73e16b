"""E-mail queue consumer: one Swedish e-mail per escalation to Kontaktcenter, sent once."""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from kommunvakt.app.messages import EscalationMessage
from kommunvakt.app.notify import NotifyService
from kommunvakt.app.settings import get_settings

# Powertools reads its own POWERTOOLS_* variables when these are built; the fallbacks keep a
# handler imported outside Lambda (tests, the local run) from failing on its first flush.
_SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME") or "kommunvakt"
logger = Logger(service=_SERVICE)
metrics = Metrics(
    service=_SERVICE, namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE") or "Kommunvakt"
)
# Report every failed item instead of raising when all fail: the same messages are retried
# either way, and a raise would count as a function error and page someone for one bad batch.
processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)


@cache
def service() -> NotifyService:
    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.mail import mailer_from_settings

    settings = get_settings()
    settings.require("table_name", "sender_address")
    return NotifyService(RecordStore(settings.table_name), mailer_from_settings(settings), settings)


def record_handler(record: SQSRecord) -> None:
    try:
        msg = EscalationMessage.model_validate_json(record.body)
        logger.set_correlation_id(msg.correlation_id)
        outcome = service().handle(msg)
    except Exception:
        if int(record.attributes.approximate_receive_count) >= get_settings().max_receive_count:
            metrics.add_metric(name="DeadLettered", unit=MetricUnit.Count, value=1)
            logger.error(
                "giving up: message goes to the DLQ", extra={"message_id": record.message_id}
            )
        raise
    finally:
        logger.set_correlation_id(None)
    if outcome.sent:
        metrics.add_metric(name="EscalationEmailsSent", unit=MetricUnit.Count, value=1)
    else:
        metrics.add_metric(name="EscalationEmailsDuplicate", unit=MetricUnit.Count, value=1)
    logger.info(
        "escalation handled",
        extra={
            "escalation_id": msg.escalation_id,
            "escalation": msg.escalation.value,
            "sent": outcome.sent,
        },
    )


@logger.inject_lambda_context
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_partial_response(  # type: ignore[return-value]
        event=event, record_handler=record_handler, processor=processor, context=context
    )
