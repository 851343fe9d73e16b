"""Daily digest (EventBridge Scheduler): removals by category, block candidates, failed
actions of the last 24 hours to Kontaktcenter; nothing on an empty day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from kommunvakt.adapters.powertools import logger_and_metrics
from kommunvakt.app.settings import get_settings

logger, metrics = logger_and_metrics()


@logger.inject_lambda_context
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.mail import mailer_from_settings
    from kommunvakt.adapters.secrets import ActionSecrets
    from kommunvakt.app.digest import run_digest
    from kommunvakt.app.notify import review_link
    from kommunvakt.domain.models import Platform
    from kommunvakt.policy.config import load_policy

    settings = get_settings()
    settings.require("table_name", "sender_address", "kontaktcenter_address")
    store = RecordStore(settings.table_name)
    policy = load_policy(settings.policy_name)
    now = datetime.now(UTC)
    recipients = tuple(a.strip() for a in settings.kontaktcenter_address.split(",") if a.strip())
    key = ActionSecrets(settings).review_key() if settings.review_base_url else None

    def strikes(platform: str, author_id: str, at: datetime) -> int:
        # The policy's blocking window, counted back from the post that made the candidate.
        since = at - timedelta(days=policy.blocking.window_days)
        recent = store.author_recent(Platform(platform), author_id, since)
        return sum(1 for p in recent if p.removed and p.created_time <= at)

    @cache  # one link per decision, however many sections list it
    def link(record_id: str) -> str | None:
        if key is None:
            return None
        expires = now + timedelta(hours=settings.review_token_hours)
        return review_link(settings.review_base_url, key, record_id, ",".join(recipients), expires)

    message_id = run_digest(
        store.iter_records,
        strikes,
        mailer_from_settings(settings),
        sender=settings.sender_address,
        recipients=recipients,
        now=now,
        review_link=link,
    )
    metrics.add_metric(name="DigestSent", unit=MetricUnit.Count, value=1 if message_id else 0)
    logger.info("digest", extra={"sent": bool(message_id)})
    return {"sent": bool(message_id), "message_id": message_id}
