"""Send a record's escalation e-mails: one per recipient, each escalation at most once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kommunvakt.app.actions import plan_for
from kommunvakt.app.messages import EscalationMessage
from kommunvakt.app.notification import compose_escalation_email
from kommunvakt.app.ports import Mailer
from kommunvakt.app.records import ClaimResult, EscalationRepository, StoredRecord
from kommunvakt.app.review_token import sign_review_token
from kommunvakt.app.settings import Settings
from kommunvakt.domain.actions import ActionPlan
from kommunvakt.domain.models import Escalation
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
    emails: int = 0
    """How many e-mails went out (one per recipient)."""


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
        """Mail every unsent escalation of the message's record: one e-mail per recipient,
        listing all the escalations routed to that recipient."""
        record = self.records.get(msg.record_pk, msg.record_sk)
        if record is None:
            raise EscalationNotReadyError("record not found")
        pending = [e for e, state in record.escalations.items() if state.get("status") != "sent"]
        if not pending:
            return NotifyOutcome(sent=False)
        # Resolve the routing before claiming anything: a missing address is a settings
        # error that must not leave claims behind.
        routing = {e: _addresses(self.settings.recipients_for(e)) for e in pending}
        now = datetime.now(UTC)
        claimed: list[Escalation] = []
        for escalation in pending:
            claim = self.records.claim_escalation(record.pk, record.sk, escalation, now)
            if claim == ClaimResult.CLAIMED:
                claimed.append(escalation)
            elif claim != ClaimResult.ALREADY_SENT:
                self._release(record, claimed)
                raise EscalationNotReadyError("another delivery is sending this record's e-mail")
        if not claimed:
            return NotifyOutcome(sent=False)
        by_recipient: dict[str, list[Escalation]] = {}
        for escalation in claimed:
            for address in routing[escalation]:
                by_recipient.setdefault(address, []).append(escalation)
        plan = plan_for(record, self.policy) if self.policy is not None else None
        # Who already has an e-mail naming each escalation (an earlier attempt that failed on
        # a later recipient): they are not mailed again.
        mailed_to = {
            e: set(_addresses(record.escalations[e].get("mailed_to", "").split(",")))
            for e in claimed
        }
        mailed: set[str] = set()
        marked: set[Escalation] = set()
        message_id = None
        try:
            for address, escalations in by_recipient.items():
                if all(address in mailed_to[e] for e in escalations):
                    mailed.add(address)
                else:
                    message_id = self._send(record, escalations, address, plan)
                    mailed.add(address)
                    for e in escalations:
                        mailed_to[e].add(address)
                    self.records.mark_mailed(
                        record.pk, record.sk, {e: sorted(mailed_to[e]) for e in escalations}
                    )
                # An escalation is sent once all its recipients have their e-mail: a failure
                # further on gives back (and later re-sends) only what is still unsent.
                for escalation in claimed:
                    if escalation not in marked and all(a in mailed for a in routing[escalation]):
                        self.records.mark_sent(
                            record.pk,
                            record.sk,
                            escalation,
                            message_id or "earlier",
                            datetime.now(UTC),
                        )
                        marked.add(escalation)
        except Exception:
            self._release(record, [e for e in claimed if e not in marked])
            raise
        return NotifyOutcome(sent=True, message_id=message_id, emails=len(mailed))

    def _send(
        self,
        record: StoredRecord,
        escalations: list[Escalation],
        address: str,
        plan: ActionPlan | None,
    ) -> str:
        return self.mailer.send(
            compose_escalation_email(
                record,
                escalations,
                sender=self.settings.sender_address,
                recipient=address,
                plan=plan,
                review_url=self._review_url(record, address),
            )
        )

    def _release(self, record: StoredRecord, escalations: list[Escalation]) -> None:
        for escalation in escalations:
            self.records.release_escalation(record.pk, record.sk, escalation)

    def _review_url(self, record: StoredRecord, recipient: str) -> str | None:
        if not self.settings.review_base_url or self.review_key is None:
            return None
        # One signed link per decision, naming whom it was sent to (the override's "who").
        expires = datetime.now(UTC) + timedelta(hours=self.settings.review_token_hours)
        return review_link(
            self.settings.review_base_url,
            self.review_key(),
            record.record_id,
            recipient,
            expires,
        )


def _addresses(addresses: Iterable[str]) -> list[str]:
    """Addresses compared as mail servers do: case and surrounding space do not matter."""
    return [a.strip().lower() for a in addresses if a.strip()]
