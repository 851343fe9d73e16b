"""Meta webhook receiver: verify, queue one message per event, answer 200. Nothing else."""

from __future__ import annotations

import base64
import binascii
from functools import cache
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from kommunvakt.adapters.powertools import logger_and_metrics
from kommunvakt.app.meta import MalformedPayloadError
from kommunvakt.app.settings import get_settings
from kommunvakt.app.webhook import accept, handshake_challenge, signature_valid
from kommunvakt.domain.models import Platform

logger, metrics = logger_and_metrics()
app = APIGatewayHttpResolver()

_PLATFORMS = {"facebook": Platform.FACEBOOK, "instagram": Platform.INSTAGRAM}

if TYPE_CHECKING:
    from kommunvakt.adapters.secrets import WebhookSecrets
    from kommunvakt.adapters.sqs import QueuePublisher


@cache
def secrets() -> WebhookSecrets:
    from kommunvakt.adapters.secrets import WebhookSecrets

    return WebhookSecrets(get_settings())


@cache
def publisher() -> QueuePublisher:
    # boto3 is loaded with the first notification, not with the handshake or at import.
    from kommunvakt.adapters.sqs import QueuePublisher

    return QueuePublisher(get_settings().moderation_queue_url)


def _text(status: int, body: str) -> Response[str]:
    return Response(status_code=status, content_type="text/plain; charset=utf-8", body=body)


@app.get("/webhooks/<name>")
def verify_subscription(name: str) -> Response[str]:
    if name not in _PLATFORMS:
        return _text(404, "unknown platform")
    query = app.current_event.query_string_parameters or {}
    challenge = handshake_challenge(query, secrets().verify_token())
    if challenge is None:
        logger.warning("handshake refused", extra={"platform": name})
        metrics.add_metric(name="HandshakeRefused", unit=MetricUnit.Count, value=1)
        return _text(403, "forbidden")
    logger.info("handshake accepted", extra={"platform": name})
    return _text(200, challenge)


@app.post("/webhooks/<name>")
def receive(name: str) -> Response[str]:
    platform = _PLATFORMS.get(name)
    if platform is None:
        return _text(404, "unknown platform")
    raw_event = app.current_event.raw_event
    body = raw_event.get("body") or ""
    try:
        raw = (
            base64.b64decode(body, validate=True)
            if raw_event.get("isBase64Encoded")
            else (body.encode("utf-8"))
        )
    except (binascii.Error, ValueError):
        return _text(400, "body is not valid base64")
    if len(raw) > get_settings().max_body_bytes:
        metrics.add_metric(name="WebhookTooLarge", unit=MetricUnit.Count, value=1)
        return _text(413, "payload too large")
    header = app.current_event.headers.get("x-hub-signature-256")
    if not signature_valid(raw, header, secrets().app_secret(platform)):
        logger.warning(
            "signature rejected", extra={"platform": name, "signature_present": bool(header)}
        )
        metrics.add_metric(name="SignatureRejected", unit=MetricUnit.Count, value=1)
        return _text(401, "invalid signature")
    try:
        accepted = accept(raw, publisher(), app.current_event.request_context.request_id, name)
    except MalformedPayloadError as exc:
        # The body itself was queued as a quarantined record before this was raised.
        metrics.add_metric(name="WebhookMalformed", unit=MetricUnit.Count, value=1)
        metrics.add_metric(name="ChangesQuarantined", unit=MetricUnit.Count, value=1)
        logger.warning("malformed notification quarantined", extra={"platform": name})
        return _text(400, str(exc))
    metrics.add_metric(name="EventsQueued", unit=MetricUnit.Count, value=accepted.queued)
    if accepted.skipped:
        metrics.add_metric(
            name="ChangesSkipped", unit=MetricUnit.Count, value=len(accepted.skipped)
        )
    if accepted.quarantined:
        metrics.add_metric(
            name="ChangesQuarantined", unit=MetricUnit.Count, value=len(accepted.quarantined)
        )
    # Reasons are known field/item/verb names and pydantic error types, never body content.
    logger.info(
        "notification accepted",
        extra={
            "platform": name,
            "queued": accepted.queued,
            "skipped": sorted(set(accepted.skipped)),
            "quarantined": sorted(set(accepted.quarantined)),
        },
    )
    return _text(200, "EVENT_RECEIVED")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return app.resolve(event, context)
