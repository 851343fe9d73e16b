"""What travels on the two queues. Versioned by field names; both sides are this package."""

from __future__ import annotations

import json
from datetime import datetime

from pydantic import BaseModel, ConfigDict, TypeAdapter

from kommunvakt.domain.actions import PlatformAction
from kommunvakt.domain.models import Escalation, Event


def queue_body(message: BaseModel) -> str:
    """JSON with every non-ASCII character escaped: SQS refuses some code points (U+FFFE,
    U+FFFF, …) that a verified body may carry, and an escaped one is accepted and restored."""
    return json.dumps(message.model_dump(mode="json"), ensure_ascii=True, separators=(",", ":"))


class QueuedEvent(BaseModel):
    """One normalised event on the moderation queue."""

    model_config = ConfigDict(frozen=True)

    event: Event
    version: str
    correlation_id: str
    received_at: datetime


class Quarantine(BaseModel):
    """A part of a verified webhook body that did not fit the parser models, as it came."""

    model_config = ConfigDict(frozen=True)

    platform: str
    body_sha256: str
    position: str
    reason: str
    raw: str
    raw_sha256: str
    raw_length: int
    part: int = 1
    parts: int = 1


class QueuedQuarantine(BaseModel):
    """A quarantined part on the moderation queue: moderate stores it, never judges it."""

    model_config = ConfigDict(frozen=True)

    quarantine: Quarantine
    correlation_id: str
    received_at: datetime


ModerationMessage = TypeAdapter(QueuedEvent | QueuedQuarantine)
"""What the moderation queue carries; anything else is a poison message."""


class EscalationMessage(BaseModel):
    """A record with escalations to mail, on the e-mail queue (`escalation` is its first).
    Notify mails all the record's unsent escalations, one e-mail per recipient. Carries keys
    only, no text: notify reads the record, so the queue never holds personal data."""

    model_config = ConfigDict(frozen=True)

    escalation_id: str
    escalation: Escalation
    record_pk: str
    record_sk: str
    correlation_id: str


class ActionMessage(BaseModel):
    """One record's platform actions on the action queue. Keys only: the action function
    reads the record and plans from the decision and the policy, so nothing personal travels
    on the queue. With `override_id` it carries one action a person asked for."""

    model_config = ConfigDict(frozen=True)

    record_pk: str
    record_sk: str
    correlation_id: str
    override_id: str | None = None
    action: PlatformAction | None = None
    """With `override_id`: unhide (restore), block (approved) or unblock."""
