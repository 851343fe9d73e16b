"""The stored record as the application sees it, and the store it needs (a Protocol the
DynamoDB adapter implements)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from kommunvakt.app.messages import Quarantine
from kommunvakt.domain.models import Decision, Escalation, Event, Platform
from kommunvakt.policy.history import AuthorHistory


@dataclass(frozen=True)
class StoredRecord:
    pk: str
    sk: str
    event: Event
    decision: Decision
    received_at: datetime
    escalations: dict[Escalation, dict[str, str]]
    """Per escalation kind: `status` (pending, sending, sent) and when/what was sent."""
    overrides: list[dict[str, Any]]
    correlation_id: str

    @property
    def record_id(self) -> str:
        return f"{self.pk}|{self.sk}"

    def escalation_id(self, escalation: Escalation) -> str:
        return f"{self.record_id}|{escalation.value}"

    def mail_id(self, recipient: str) -> str:
        """The idempotency key of the one e-mail this record gives `recipient`."""
        return f"{self.record_id}|mail|{recipient.strip().lower()}"


@dataclass(frozen=True)
class PutResult:
    created: bool
    record: StoredRecord
    """The stored record: the new one, or the one an earlier delivery wrote."""


class ClaimResult:
    CLAIMED = "claimed"
    ALREADY_SENT = "already_sent"
    BUSY = "busy"


class RecordRepository(Protocol):
    def find_version(self, event: Event, version: str) -> StoredRecord | None:
        """The stored record of this version of the event, if an earlier delivery wrote it."""
        ...

    def put_quarantine(
        self, quarantine: Quarantine, *, received_at: datetime, correlation_id: str
    ) -> bool:
        """Store a quarantined part once; False when it is already stored (a redelivery)."""
        ...

    def put_version(
        self,
        event: Event,
        version: str,
        decision: Decision,
        *,
        received_at: datetime,
        correlation_id: str,
        fingerprint: str | None,
        removed: bool,
    ) -> PutResult: ...

    def history(self, platform: Platform) -> AuthorHistory: ...


class EscalationRepository(Protocol):
    table_name: str

    def get(self, pk: str, sk: str) -> StoredRecord | None: ...

    def claim_escalation(self, pk: str, sk: str, escalation: Escalation, now: datetime) -> str: ...

    def release_escalation(self, pk: str, sk: str, escalation: Escalation) -> None: ...

    def mark_mailed(
        self, pk: str, sk: str, mailed_to: Mapping[Escalation, Sequence[str]]
    ) -> None: ...

    def mark_sent(
        self, pk: str, sk: str, escalation: Escalation, message_id: str, now: datetime
    ) -> None: ...


class Publisher(Protocol):
    def send_all(self, bodies: Sequence[str], correlation_ids: Sequence[str] = ()) -> int: ...


@dataclass(frozen=True)
class ActionItem:
    """One append-only item of an action's ledger (attempt, answer or result)."""

    sk: str
    kind: str
    """`attempt`, `answer` or `result`."""
    attempt: int
    data: dict[str, Any]
    at: datetime


class ActionRepository(Protocol):
    def get(self, pk: str, sk: str) -> StoredRecord | None: ...

    def action_items(self, pk: str, version: str, key: str) -> list[ActionItem]: ...

    def put_action_item(
        self,
        *,
        pk: str,
        version: str,
        key: str,
        kind: str,
        attempt: int,
        data: dict[str, Any],
        at: datetime,
    ) -> bool:
        """Append one item; False when it exists already (someone else wrote it first)."""
        ...


@dataclass(frozen=True)
class Override:
    """A person's decision about a machine decision: never written over anything."""

    kind: str
    by: str
    via: str
    reason: str
    at: datetime
    override_id: str
    record_pk: str
    record_sk: str


class OverrideRepository(Protocol):
    def put_override(self, override: Override) -> bool: ...

    def overrides(self, pk: str, sk: str) -> list[Override]: ...
