"""Action queue consumer: carry out each record's platform actions (or a person's restore,
block, unblock), at most once each; dry-run unless the policy says live."""

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
from kommunvakt.app.actions import ActionService
from kommunvakt.app.messages import ActionMessage
from kommunvakt.app.ports import ActionRetryLaterError
from kommunvakt.app.settings import get_settings
from kommunvakt.domain.masking import log_ref

logger, metrics = logger_and_metrics()
processor = sqs_batch_processor()

MAX_VISIBILITY = 12 * 3600
"""SQS's limit on a message's visibility timeout."""


@cache
def service() -> ActionService:
    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.graph import GraphClient
    from kommunvakt.adapters.mail import mailer_from_settings
    from kommunvakt.adapters.secrets import ActionSecrets
    from kommunvakt.domain.models import Platform
    from kommunvakt.policy.config import load_policy

    settings = get_settings()
    settings.require("table_name")
    secrets = ActionSecrets(settings)
    graph = GraphClient(
        token_for=secrets.page_token,
        base_urls={
            Platform.FACEBOOK: settings.graph_api_url,
            Platform.INSTAGRAM: settings.instagram_graph_api_url or settings.graph_api_url,
        },
    )
    return ActionService(
        settings.policy_with_overrides(load_policy(settings.policy_name)),
        RecordStore(settings.table_name),
        graph,
        mailer_from_settings(settings) if settings.sender_address else None,
        sender=settings.sender_address,
        admins=settings.admin_recipients() if settings.kontaktcenter_address else (),
    )


def _wait(record: SQSRecord, seconds: float) -> None:
    """Keep the message hidden until the platform will take it again (Meta says for how
    long), instead of burning its receives on the queue's fixed visibility timeout."""
    url = get_settings().action_queue_url
    if not url:
        return
    import boto3

    try:
        boto3.client("sqs").change_message_visibility(
            QueueUrl=url,
            ReceiptHandle=record.receipt_handle,
            VisibilityTimeout=int(min(MAX_VISIBILITY, max(1, seconds))),
        )
    except Exception:  # the queue's own timeout still brings the message back
        logger.warning("could not delay the message", extra={"message_id": record.message_id})


def record_handler(record: SQSRecord) -> None:
    with dead_letter_accounting(record, logger, metrics, lambda: get_settings().max_receive_count):
        msg = ActionMessage.model_validate_json(record.body)
        logger.set_correlation_id(msg.correlation_id)
        try:
            report = service().handle(msg)
        except ActionRetryLaterError as exc:
            metrics.add_metric(name="ActionRetried", unit=MetricUnit.Count, value=1)
            logger.info("action retried later", extra={"reason": exc.reason})
            _wait(record, exc.retry_after)
            raise
    for step in report.steps:
        metrics.add_metric(
            name=f"Action_{step.action.value}_{step.outcome}", unit=MetricUnit.Count, value=1
        )
    # A reference, actions and outcomes only: never the text, the author or an id from the
    # body (docs/pipeline.md).
    logger.info(
        "actions handled",
        extra={
            "record_ref": log_ref(report.record_id),
            "steps": [
                {"action": s.action.value, "outcome": s.outcome, "code": s.code}
                for s in report.steps
            ],
        },
    )


@logger.inject_lambda_context
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_partial_response(  # type: ignore[return-value]
        event=event, record_handler=record_handler, processor=processor, context=context
    )
