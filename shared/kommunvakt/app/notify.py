"""Send one escalation e-mail, at most once per escalation id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kommunvakt.app.messages import EscalationMessage
from kommunvakt.app.notification import compose_escalation_email
from kommunvakt.app.ports import Mailer
from kommunvakt.app.records import ClaimResult, EscalationRepository
from kommunvakt.app.settings import Settings


class EscalationNotReadyError(RuntimeError):
    """Another sender holds the claim, or the record is not readable yet: retry later."""


@dataclass(frozen=True)
class NotifyOutcome:
    sent: bool
    message_id: str | None = None


class NotifyService:
    def __init__(self, records: EscalationRepository, mailer: Mailer, settings: Settings) -> None:
        self.records = records
        self.mailer = mailer
        self.settings = settings

    def handle(self, msg: EscalationMessage) -> NotifyOutcome:
        record = self.records.get(msg.record_pk, msg.record_sk)
        if record is None:
            raise EscalationNotReadyError("record not found")
        if (record.escalations.get(msg.escalation) or {}).get("status") == "sent":
            return NotifyOutcome(sent=False)
        email = compose_escalation_email(
            record,
            msg.escalation,
            sender=self.settings.sender_address,
            recipients=self.settings.recipients_for(msg.escalation),
            table_name=self.settings.table_name,
        )
        claim = self.records.claim_escalation(
            msg.record_pk, msg.record_sk, msg.escalation, datetime.now(UTC)
        )
        if claim == ClaimResult.ALREADY_SENT:
            return NotifyOutcome(sent=False)
        if claim != ClaimResult.CLAIMED:
            raise EscalationNotReadyError("another delivery is sending this escalation")
        try:
            message_id = self.mailer.send(email)
        except Exception:
            self.records.release_escalation(msg.record_pk, msg.record_sk, msg.escalation)
            raise
        self.records.mark_sent(
            msg.record_pk, msg.record_sk, msg.escalation, message_id, datetime.now(UTC)
        )
        return NotifyOutcome(sent=True, message_id=message_id)
