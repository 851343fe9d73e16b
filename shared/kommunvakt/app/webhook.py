"""The webhook's decisions, free of HTTP and AWS: handshake, signature, split into events."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from kommunvakt.app.messages import QueuedEvent
from kommunvakt.app.meta import events_from_notification, parse_notification
from kommunvakt.app.records import Publisher


def handshake_challenge(query: Mapping[str, str], configured_token: str) -> str | None:
    """The challenge to echo, or None when the handshake must be refused (403)."""
    if not configured_token or query.get("hub.mode") != "subscribe":
        return None
    given = query.get("hub.verify_token", "")
    if not hmac.compare_digest(given.encode("utf-8"), configured_token.encode("utf-8")):
        return None
    challenge = query.get("hub.challenge")
    return challenge if challenge is not None else None


def signature_valid(raw: bytes, header: str | None, secret: bytes) -> bool:
    """HMAC-SHA256 over the body bytes exactly as received (PLATFORMS.md §1.2)."""
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(secret, raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header[7:].strip().lower().encode(), expected.encode())


@dataclass(frozen=True)
class Accepted:
    queued: int
    skipped: list[str]


def accept(raw: bytes, publisher: Publisher, request_id: str) -> Accepted:
    """Split a verified body into events and queue one message per event.

    Raises MalformedPayloadError (400) before anything is queued.
    """
    note = parse_notification(raw)
    parsed = events_from_notification(note)
    received_at = datetime.now(UTC)
    bodies: list[str] = []
    correlation_ids: list[str] = []
    for i, p in enumerate(parsed.events):
        # Deterministic per request and position, so the logs of one delivery line up.
        cid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{request_id}/{i}"))
        correlation_ids.append(cid)
        bodies.append(
            QueuedEvent(
                event=p.event, version=p.version, correlation_id=cid, received_at=received_at
            ).model_dump_json()
        )
    if bodies:
        publisher.send_all(bodies, correlation_ids)
    return Accepted(queued=len(bodies), skipped=parsed.skipped)
