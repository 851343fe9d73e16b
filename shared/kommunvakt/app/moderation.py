"""Judge one queued event, store it as a public record, queue its escalations."""

from __future__ import annotations

from dataclasses import dataclass

from kommunvakt.app.messages import EscalationMessage, QueuedEvent
from kommunvakt.app.records import Publisher, RecordRepository, StoredRecord
from kommunvakt.domain.models import Action
from kommunvakt.policy.engine import Engine


@dataclass(frozen=True)
class ModerationOutcome:
    record: StoredRecord
    created: bool
    """False for a redelivery: nothing new was stored."""
    escalations_queued: int


class ModerationService:
    def __init__(self, engine: Engine, records: RecordRepository, escalations: Publisher) -> None:
        self.engine = engine
        self.records = records
        self.escalations = escalations

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
        return ModerationOutcome(
            record=record, created=put.created, escalations_queued=len(messages)
        )
