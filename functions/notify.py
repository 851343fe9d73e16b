"""E-mail queue consumer: one Swedish e-mail per escalation to Kontaktcenter, sent once."""

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
from kommunvakt.app.messages import EscalationMessage
from kommunvakt.app.notify import NotifyService
from kommunvakt.app.settings import get_settings
from kommunvakt.domain.masking import log_ref

logger, metrics = logger_and_metrics()
processor = sqs_batch_processor()


@cache
def service() -> NotifyService:
    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.mail import mailer_from_settings
    from kommunvakt.adapters.secrets import ActionSecrets
    from kommunvakt.policy.config import load_policy

    settings = get_settings()
    settings.require("table_name", "sender_address")
    return NotifyService(
        RecordStore(settings.table_name),
        mailer_from_settings(settings),
        settings,
        # The policy file only (no detectors): the e-mail says what happens on the platform.
        settings.policy_with_overrides(load_policy(settings.policy_name)),
        ActionSecrets(settings).review_key if settings.review_base_url else None,
    )


def record_handler(record: SQSRecord) -> None:
    with dead_letter_accounting(record, logger, metrics, lambda: get_settings().max_receive_count):
        msg = EscalationMessage.model_validate_json(record.body)
        logger.set_correlation_id(msg.correlation_id)
        outcome = service().handle(msg)
    if outcome.sent:
        metrics.add_metric(name="EscalationEmailsSent", unit=MetricUnit.Count, value=1)
    else:
        metrics.add_metric(name="EscalationEmailsDuplicate", unit=MetricUnit.Count, value=1)
    logger.info(
        "escalation handled",
        extra={
            "escalation_ref": log_ref(msg.escalation_id),
            "escalation": msg.escalation.value,
            "sent": outcome.sent,
            "emails": outcome.emails,
        },
    )


@logger.inject_lambda_context
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_partial_response(  # type: ignore[return-value]
        event=event, record_handler=record_handler, processor=processor, context=context
    )
