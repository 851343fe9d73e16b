"""Judge one queued event, store it as a public record, queue its escalations."""

from __future__ import annotations

from dataclasses import dataclass

from kommunvakt.app.messages import EscalationMessage, QueuedEvent, QueuedQuarantine
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
            return self._queue_escalations(known, queued, created=False)
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
        return self._queue_escalations(put.record, queued, created=put.created)

    def _queue_escalations(
        self, record: StoredRecord, queued: QueuedEvent, *, created: bool
    ) -> ModerationOutcome:
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
        return ModerationOutcome(record=record, created=created, escalations_queued=len(messages))
