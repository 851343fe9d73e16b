"""The webhook's decisions, free of HTTP and AWS: handshake, signature, split into events."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from kommunvakt.app.messages import Quarantine, QueuedEvent, QueuedQuarantine, queue_body
from kommunvakt.app.meta import (
    MalformedPayloadError,
    ParseResult,
    QuarantinedChange,
    parse_body,
    quarantine_body,
)
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
    quarantined: list[str]
    """The reason of each quarantined part (names and error types, never content)."""


def _quarantine_message(
    q: QuarantinedChange, platform: str, cid: str, received_at: datetime
) -> str:
    return queue_body(
        QueuedQuarantine(
            quarantine=Quarantine(
                platform=platform,
                body_sha256=q.body_sha256,
                position=q.position,
                reason=q.reason,
                raw=q.raw,
                raw_sha256=q.raw_sha256,
                raw_length=q.raw_length,
                part=q.part,
                parts=q.parts,
            ),
            correlation_id=cid,
            received_at=received_at,
        )
    )


def accept(raw: bytes, publisher: Publisher, request_id: str, platform: str = "") -> Accepted:
    """Split a verified body into events and queue one message per event, and one per part
    that does not fit (quarantined: stored as it came, never judged).

    A body that is not a Meta notification at all is queued as one quarantined part and then
    raises MalformedPayloadError (400). Only a refusal by SQS raises anything else (500).
    """
    received_at = datetime.now(UTC)

    def cid(i: int) -> str:
        # Deterministic per request and position, so the logs of one delivery line up.
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{request_id}/{i}"))

    try:
        try:
            parsed = parse_body(raw)
        except MalformedPayloadError:
            raise
        except Exception as exc:
            # A parser bug must not turn a verified body into a 500 that Meta redelivers
            # for 36 hours: keep the whole body in quarantine and acknowledge it.
            parsed = ParseResult(quarantined=quarantine_body(raw, f"parser: {type(exc).__name__}"))
    except MalformedPayloadError as exc:
        ids = [cid(i) for i in range(len(exc.quarantined))]
        publisher.send_all(
            [
                _quarantine_message(q, platform, c, received_at)
                for q, c in zip(exc.quarantined, ids, strict=True)
            ],
            ids,
        )
        raise
    bodies: list[str] = []
    correlation_ids: list[str] = []
    for p in parsed.events:
        correlation_ids.append(cid(len(bodies)))
        bodies.append(
            queue_body(
                QueuedEvent(
                    event=p.event,
                    version=p.version,
                    correlation_id=correlation_ids[-1],
                    received_at=received_at,
                )
            )
        )
    for q in parsed.quarantined:
        correlation_ids.append(cid(len(bodies)))
        bodies.append(_quarantine_message(q, platform, correlation_ids[-1], received_at))
    if bodies:
        publisher.send_all(bodies, correlation_ids)
    return Accepted(
        queued=len(parsed.events),
        skipped=parsed.skipped,
        quarantined=[q.reason for q in parsed.quarantined if q.part == 1],
    )
