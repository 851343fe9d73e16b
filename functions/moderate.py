"""Moderation queue consumer: judge, store the public record, queue escalations."""

from __future__ import annotations

from functools import cache
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from kommunvakt.adapters.powertools import (
    dead_letter_accounting,
    logger_and_metrics,
    sqs_batch_processor,
)
from kommunvakt.app.messages import ModerationMessage, QueuedQuarantine
from kommunvakt.app.moderation import ModerationService
from kommunvakt.app.settings import get_settings
from kommunvakt.domain.masking import log_ref
from kommunvakt.policy.engine import Engine

logger, metrics = logger_and_metrics()
processor = sqs_batch_processor()


@cache
def engine() -> Engine:
    return Engine.load(get_settings().policy_name)


# The policy and its learned model load during the cold start, so a missing or corrupt model
# artifact fails the function's initialisation (ModelError names the file) instead of quietly
# judging with rules only or failing message after message.
engine()


@cache
def service() -> ModerationService:
    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.sqs import QueuePublisher

    settings = get_settings()
    settings.require("table_name", "email_queue_url", "action_queue_url")
    return ModerationService(
        engine(),
        RecordStore(settings.table_name),
        QueuePublisher(settings.email_queue_url),
        QueuePublisher(settings.action_queue_url),
    )


def record_handler(record: SQSRecord) -> None:
    with dead_letter_accounting(record, logger, metrics, lambda: get_settings().max_receive_count):
        queued = ModerationMessage.validate_json(record.body)
        logger.set_correlation_id(queued.correlation_id)
        if isinstance(queued, QueuedQuarantine):
            stored = service().quarantine(queued)
        else:
            outcome = service().handle(queued)
    if isinstance(queued, QueuedQuarantine):
        q = queued.quarantine
        # The body's hash and the part's position and reason: never its content.
        logger.warning(
            "quarantined part stored" if stored else "quarantined part already stored",
            extra={
                "correlation_id": queued.correlation_id,
                "body_sha256": q.body_sha256,
                "position": q.position,
                "reason": q.reason,
            },
        )
        return
    decision = outcome.record.decision
    if not outcome.created:
        metrics.add_metric(name="DuplicateDeliveries", unit=MetricUnit.Count, value=1)
        logger.info("already recorded", extra={"record_ref": log_ref(outcome.record.record_id)})
        return
    metrics.add_metric(name=f"Action_{decision.action.value}", unit=MetricUnit.Count, value=1)
    for category in decision.categories:
        metrics.add_metric(name=f"Category_{category.value}", unit=MetricUnit.Count, value=1)
    for escalation in decision.escalations:
        metrics.add_metric(name=f"Escalation_{escalation.value}", unit=MetricUnit.Count, value=1)
    logger.info(
        "recorded",
        extra={
            "correlation_id": queued.correlation_id,
            # A reference, not the id: ids come from the body (docs/pipeline.md, Powertools).
            "record_ref": log_ref(outcome.record.record_id),
            "judged": queued.event.judged,
            "action": decision.action.value,
            "categories": [c.value for c in decision.categories],
            "escalations": [e.value for e in decision.escalations],
        },
    )


@logger.inject_lambda_context
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_partial_response(  # type: ignore[return-value]
        event=event, record_handler=record_handler, processor=processor, context=context
    )
