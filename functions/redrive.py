"""Scheduled: move dead-lettered messages back (at most MAX_REDRIVES times each) and queue
again the escalations still not sent long after their record was stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from kommunvakt.adapters.powertools import logger_and_metrics
from kommunvakt.app.redrive import redrive_all, requeue_stuck_escalations
from kommunvakt.app.settings import get_settings

logger, metrics = logger_and_metrics()


def run(now: datetime | None = None) -> dict[str, int]:
    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.sqs import DeadLetterQueue, QueuePublisher

    settings = get_settings()
    settings.require(
        "table_name",
        "moderation_queue_url",
        "email_queue_url",
        "moderation_dlq_url",
        "email_dlq_url",
    )
    dead_letters = [
        DeadLetterQueue(settings.moderation_dlq_url, settings.moderation_queue_url),
        DeadLetterQueue(settings.email_dlq_url, settings.email_queue_url),
    ]
    # Platform actions too: the action ledger carries each one out at most once, however
    # often its message comes back.
    if settings.action_dlq_url and settings.action_queue_url:
        dead_letters.append(DeadLetterQueue(settings.action_dlq_url, settings.action_queue_url))
    report = redrive_all(dead_letters)
    requeued = requeue_stuck_escalations(
        RecordStore(settings.table_name),
        QueuePublisher(settings.email_queue_url),
        now=now or datetime.now(UTC),
        older_than=timedelta(minutes=settings.pending_after_minutes),
    )
    return {"moved": report.moved, "kept": report.kept, "escalations_requeued": requeued}


@logger.inject_lambda_context
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    result = run()
    metrics.add_metric(name="DeadLettersRedriven", unit=MetricUnit.Count, value=result["moved"])
    metrics.add_metric(name="DeadLettersKept", unit=MetricUnit.Count, value=result["kept"])
    metrics.add_metric(
        name="EscalationsRequeued", unit=MetricUnit.Count, value=result["escalations_requeued"]
    )
    logger.info("redrive done", extra=result)
    return result
