"""Bring stuck work back: messages from the dead-letter queues, and escalations still
`pending` long after they were recorded (their e-mail message was dead-lettered or lost).

Both are safe to repeat: moderate recognises a stored version before judging, and notify's
claim on the record lets one escalation produce one e-mail, however often it is queued.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from kommunvakt.app.messages import EscalationMessage
from kommunvakt.app.records import Publisher, StoredRecord

MAX_REDRIVES = 3
"""A message dead-lettered again after this many moves stays in the DLQ for a person: the
scheduled redrive must not feed a poison message back forever."""


@dataclass
class RedriveReport:
    moved: int = 0
    kept: int = 0
    """Left in the DLQ: moved MAX_REDRIVES times already (poison, for a person to read)."""


class DeadLetters(Protocol):
    def move_back(self, max_redrives: int) -> RedriveReport: ...


class PendingRecords(Protocol):
    def pending_before(self, cutoff: datetime) -> list[tuple[str, str]]: ...

    def get(self, pk: str, sk: str) -> StoredRecord | None: ...


STALE_SENDING = timedelta(minutes=5)


def requeue_stuck_escalations(
    records: PendingRecords, email_queue: Publisher, *, now: datetime, older_than: timedelta
) -> int:
    """Queue one message for each record received before `now - older_than` with an
    escalation still not sent (notify mails them all). Returns how many were queued."""
    bodies: list[str] = []
    correlation_ids: list[str] = []
    for pk, sk in records.pending_before(now - older_than):
        record = records.get(pk, sk)
        if record is None:
            continue
        for escalation, state in record.escalations.items():
            status = state.get("status")
            claimed = state.get("claimed_at", "")
            if status == "sent":
                continue
            # A fresh claim means a sender is at it right now; a stale one crashed.
            if status == "sending" and claimed > (now - STALE_SENDING).isoformat():
                continue
            # One message per record: notify sends all its unsent escalations together.
            bodies.append(
                EscalationMessage(
                    escalation_id=record.escalation_id(escalation),
                    escalation=escalation,
                    record_pk=record.pk,
                    record_sk=record.sk,
                    correlation_id=record.correlation_id,
                ).model_dump_json()
            )
            correlation_ids.append(record.correlation_id)
            break
    if bodies:
        email_queue.send_all(bodies, correlation_ids)
    return len(bodies)


def redrive_all(dead_letters: Sequence[DeadLetters]) -> RedriveReport:
    total = RedriveReport()
    for dlq in dead_letters:
        report = dlq.move_back(MAX_REDRIVES)
        total.moved += report.moved
        total.kept += report.kept
    return total
