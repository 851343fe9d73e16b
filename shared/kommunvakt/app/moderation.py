"""Judge one queued event, store it as a public record, queue its escalations and its
platform actions; store a quarantined part of a body as it came."""

from __future__ import annotations

from dataclasses import dataclass

from kommunvakt.app.messages import (
    ActionMessage,
    EscalationMessage,
    QueuedEvent,
    QueuedQuarantine,
)
from kommunvakt.app.records import Publisher, RecordRepository, StoredRecord
from kommunvakt.domain.actions import plan_actions
from kommunvakt.domain.models import Action
from kommunvakt.policy.engine import Engine


@dataclass(frozen=True)
class ModerationOutcome:
    record: StoredRecord
    created: bool
    """False for a redelivery: nothing new was stored."""
    escalations_queued: int
    actions_queued: bool = False


class ModerationService:
    def __init__(
        self,
        engine: Engine,
        records: RecordRepository,
        escalations: Publisher,
        actions: Publisher | None = None,
    ) -> None:
        self.engine = engine
        self.records = records
        self.escalations = escalations
        self.actions = actions

    def quarantine(self, queued: QueuedQuarantine) -> bool:
        """Store a quarantined part as it came; False for a redelivery."""
        return self.records.put_quarantine(
            queued.quarantine,
            received_at=queued.received_at,
            correlation_id=queued.correlation_id,
        )

    def handle(self, queued: QueuedEvent) -> ModerationOutcome:
        event = queued.event
        # A redelivery is recognised before the engine runs: it is never judged twice, and
        # the stored decision (and any override next to it) stays the one that counts.
        known = self.records.find_version(event, queued.version)
        if known is not None:
            return self._queue_follow_ups(known, queued, created=False)
        decision = self.engine.decide(event, self.records.history(event.platform))
        prior = self.engine.history_entry(event, decision) if event.judged else None
        put = self.records.put_version(
            event,
            queued.version,
            decision,
            received_at=queued.received_at,
            correlation_id=queued.correlation_id,
            fingerprint=prior.fingerprint if prior else None,
            removed=decision.action is Action.REMOVE,
        )
        return self._queue_follow_ups(put.record, queued, created=put.created)

    def _queue_follow_ups(
        self, record: StoredRecord, queued: QueuedEvent, *, created: bool
    ) -> ModerationOutcome:
        # Also on a redelivery: the first attempt may have stored the record and died before
        # queueing. Notify's claim on the record makes a second message send nothing.
        # One message per record: notify mails all its escalations together, one e-mail per
        # recipient; the message names the first as the record's headline.
        pending = [e for e, state in record.escalations.items() if state.get("status") != "sent"]
        messages = [
            EscalationMessage(
                escalation_id=record.escalation_id(e),
                escalation=e,
                record_pk=record.pk,
                record_sk=record.sk,
                correlation_id=queued.correlation_id,
            ).model_dump_json()
            for e in pending[:1]
        ]
        if messages:
            self.escalations.send_all(messages, [queued.correlation_id] * len(messages))
        # Also on a redelivery, for the same reason; the action ledger makes a second
        # message send nothing twice.
        queued_actions = False
        if self.actions is not None and record.event.judged:
            plan = plan_actions(
                record.event,
                record.decision,
                self.engine.policy.actions,
                self.engine.policy.reply_templates,
                automatic_blocking=self.engine.policy.blocking.automatic,
            )
            if plan.steps:
                body = ActionMessage(
                    record_pk=record.pk, record_sk=record.sk, correlation_id=queued.correlation_id
                ).model_dump_json()
                self.actions.send_all([body], [queued.correlation_id])
                queued_actions = True
        return ModerationOutcome(
            record=record,
            created=created,
            escalations_queued=len(messages),
            actions_queued=queued_actions,
        )
