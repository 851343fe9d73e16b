"""What travels on the two queues. Versioned by field names; both sides are this package."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from kommunvakt.domain.actions import PlatformAction
from kommunvakt.domain.models import Escalation, Event


class QueuedEvent(BaseModel):
    """One normalised event on the moderation queue."""

    model_config = ConfigDict(frozen=True)

    event: Event
    version: str
    correlation_id: str
    received_at: datetime


class EscalationMessage(BaseModel):
    """One escalation on the e-mail queue. Carries keys only, no text: notify reads the
    record, so the queue never holds personal data."""

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
