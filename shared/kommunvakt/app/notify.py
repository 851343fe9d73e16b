"""Send one escalation e-mail, at most once per escalation id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kommunvakt.app.actions import plan_for
from kommunvakt.app.messages import EscalationMessage
from kommunvakt.app.notification import compose_escalation_email
from kommunvakt.app.ports import Mailer
from kommunvakt.app.records import ClaimResult, EscalationRepository, StoredRecord
from kommunvakt.app.review_token import sign_review_token
from kommunvakt.app.settings import Settings
from kommunvakt.policy.config import Policy


def review_link(
    base_url: str, key: bytes, record_id: str, recipient: str, expires: datetime
) -> str:
    token = sign_review_token(key, record_id, recipient, expires)
    return f"{base_url.rstrip('/')}/review?t={token}"


class EscalationNotReadyError(RuntimeError):
    """Another sender holds the claim, or the record is not readable yet: retry later."""


@dataclass(frozen=True)
class NotifyOutcome:
    sent: bool
    message_id: str | None = None


class NotifyService:
    def __init__(
        self,
        records: EscalationRepository,
        mailer: Mailer,
        settings: Settings,
        policy: Policy | None = None,
        review_key: Callable[[], bytes] | None = None,
    ) -> None:
        self.records = records
        self.mailer = mailer
        self.settings = settings
        self.policy = policy
        self.review_key = review_key

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
            plan=plan_for(record, self.policy) if self.policy is not None else None,
            review_url=self._review_url(record, self.settings.recipients_for(msg.escalation)),
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

    def _review_url(self, record: StoredRecord, recipients: tuple[str, ...]) -> str | None:
        if not self.settings.review_base_url or self.review_key is None:
            return None
        # One signed link per decision, naming whom it was sent to (the override's "who").
        expires = datetime.now(UTC) + timedelta(hours=self.settings.review_token_hours)
        return review_link(
            self.settings.review_base_url,
            self.review_key(),
            record.record_id,
            ",".join(recipients),
            expires,
        )
