"""What travels on the two queues. Versioned by field names; both sides are this package."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

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
