"""Judge one queued event, store it as a public record, queue its escalations."""

from __future__ import annotations

from dataclasses import dataclass

from kommunvakt.app.messages import ActionMessage, EscalationMessage, QueuedEvent
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

    def handle(self, queued: QueuedEvent) -> ModerationOutcome:
        event = queued.event
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
        record = put.record
        # Also on a redelivery: the first attempt may have stored the record and died before
        # queueing. Notify's claim on the record makes a second message send nothing.
        pending = [e for e, state in record.escalations.items() if state.get("status") != "sent"]
        messages = [
            EscalationMessage(
                escalation_id=record.escalation_id(e),
                escalation=e,
                record_pk=record.pk,
                record_sk=record.sk,
                correlation_id=queued.correlation_id,
            ).model_dump_json()
            for e in pending
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
            created=put.created,
            escalations_queued=len(messages),
            actions_queued=queued_actions,
        )
