"""The review page (GET shows, POST acts): Kontaktcenter's way in from the e-mail link."""

from __future__ import annotations

import base64
import binascii
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from kommunvakt.adapters.powertools import logger_and_metrics
from kommunvakt.app.settings import get_settings

if TYPE_CHECKING:
    from kommunvakt.app.review_page import Page, ReviewPageService

logger, metrics = logger_and_metrics()
app = APIGatewayHttpResolver()

# The token is in the URL: no referrer may carry it away, no cache may keep the page, and no
# other site may frame the buttons.
_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
}


@cache
def service() -> ReviewPageService:
    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.secrets import ActionSecrets
    from kommunvakt.adapters.sqs import QueuePublisher
    from kommunvakt.app.review import OverrideService
    from kommunvakt.app.review_page import ReviewPageService

    settings = get_settings()
    settings.require("table_name", "action_queue_url")
    store = RecordStore(settings.table_name)
    return ReviewPageService(
        OverrideService(store, QueuePublisher(settings.action_queue_url)),
        store,
        ActionSecrets(settings).review_key(),
    )


def _html(page: Page) -> Response[str]:
    return Response(
        status_code=page.status,
        content_type="text/html; charset=utf-8",
        body=page.html,
        headers=_HEADERS,
    )


def _count(page: Page, what: str) -> None:
    metrics.add_metric(name=f"Review{what}_{page.status}", unit=MetricUnit.Count, value=1)
    logger.info("review page", extra={"method": what, "status": page.status})


@app.get("/review")
def show() -> Response[str]:
    query = app.current_event.query_string_parameters or {}
    page = service().get(query.get("t", ""))
    _count(page, "Get")
    return _html(page)


@app.post("/review")
def act() -> Response[str]:
    from kommunvakt.app.review_page import message_page

    raw_event = app.current_event.raw_event
    body = raw_event.get("body") or ""
    try:
        text = (
            base64.b64decode(body, validate=True).decode("utf-8")
            if raw_event.get("isBase64Encoded")
            else body
        )
    except (binascii.Error, UnicodeDecodeError):
        return _html(message_page(400, "Något gick fel", "Formuläret kunde inte läsas."))
    try:
        form = {k: v[0] for k, v in parse_qs(text, max_num_fields=20).items()}
    except ValueError:
        return _html(message_page(400, "Något gick fel", "Formuläret kunde inte läsas."))
    page = service().post(form)
    _count(page, "Post")
    return _html(page)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return app.resolve(event, context)
