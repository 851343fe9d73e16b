"""People have the last word: overrides of a machine decision, each its own record.

An override never changes the decision or any earlier record; it is a new item next to the
version (who, when, what, why). Overrides that need the platform (restore → unhide, an
approved block, unblock) put one action on the action queue, carried out at most once like
every other action.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol

from kommunvakt.app.messages import ActionMessage
from kommunvakt.app.records import ActionItem, Override, Publisher, StoredRecord
from kommunvakt.domain.actions import PlatformAction
from kommunvakt.domain.models import Platform


class OverrideKind(StrEnum):
    CONFIRM = "confirm"
    RESTORE = "restore"
    POLICE_HANDLED = "police_handled"
    BLOCK_APPROVED = "block_approved"
    BLOCK_REJECTED = "block_rejected"
    CONTACTED = "contacted"
    UNBLOCK = "unblock"


OVERRIDE_LABELS = {
    OverrideKind.CONFIRM: "Beslutet bekräftat",
    OverrideKind.RESTORE: "Kommentaren återställd (visas igen)",
    OverrideKind.POLICE_HANDLED: "Hanterad som polisanmälan",
    OverrideKind.BLOCK_APPROVED: "Blockering godkänd",
    OverrideKind.BLOCK_REJECTED: "Blockering avslagen",
    OverrideKind.CONTACTED: "Personen har kontaktats",
    OverrideKind.UNBLOCK: "Blockeringen hävd",
}

_PLATFORM_ACTION = {
    OverrideKind.RESTORE: PlatformAction.UNHIDE,
    OverrideKind.BLOCK_APPROVED: PlatformAction.BLOCK,
    OverrideKind.UNBLOCK: PlatformAction.UNBLOCK,
}


class OverrideError(ValueError):
    """The override cannot apply to this record; the message is safe to show a person."""


class RecordNotFoundError(LookupError):
    pass


class ReviewRepository(Protocol):
    def get(self, pk: str, sk: str) -> StoredRecord | None: ...

    def put_override(self, override: Override) -> bool: ...

    def overrides(self, pk: str, sk: str) -> list[Override]: ...

    def actions_of(self, pk: str, sk: str) -> list[ActionItem]: ...


def split_record_id(record_id: str) -> tuple[str, str]:
    pk, sep, sk = record_id.partition("|")
    if not sep or not pk.startswith("OBJ#") or not sk.startswith("V#"):
        raise OverrideError(f"not a record id: {record_id!r} (expected OBJ#…|V#…)")
    return pk, sk


@dataclass(frozen=True)
class ReviewView:
    record: StoredRecord
    overrides: list[Override]
    actions: list[ActionItem]

    @property
    def results(self) -> list[ActionItem]:
        return [a for a in self.actions if a.kind == "result"]


class OverrideService:
    def __init__(self, records: ReviewRepository, actions: Publisher | None) -> None:
        self.records = records
        self.actions = actions

    def view(self, pk: str, sk: str) -> ReviewView:
        record = self.records.get(pk, sk)
        if record is None:
            raise RecordNotFoundError(f"{pk}|{sk}")
        return ReviewView(record, self.records.overrides(pk, sk), self.records.actions_of(pk, sk))

    def apply(
        self,
        pk: str,
        sk: str,
        kind: OverrideKind,
        *,
        by: str,
        via: str,
        reason: str = "",
        now: datetime | None = None,
    ) -> Override:
        record = self.records.get(pk, sk)
        if record is None:
            raise RecordNotFoundError(f"{pk}|{sk}")
        if not by:
            raise OverrideError("an override needs to say who made it")
        action = _PLATFORM_ACTION.get(kind)
        if action in (PlatformAction.BLOCK, PlatformAction.UNBLOCK):
            if record.event.platform is Platform.INSTAGRAM:
                raise OverrideError("Instagram har inget sätt att blockera via API:t")
            if not record.event.author_id:
                raise OverrideError("skribenten är okänd")
        override = Override(
            kind=kind.value,
            by=by,
            via=via,
            reason=reason.strip()[:1000],
            at=now or datetime.now(UTC),
            override_id=uuid.uuid4().hex[:12],
            record_pk=pk,
            record_sk=sk,
        )
        self.records.put_override(override)
        if action is not None and self.actions is not None:
            self.actions.send_all(
                [
                    ActionMessage(
                        record_pk=pk,
                        record_sk=sk,
                        correlation_id=f"override-{override.override_id}",
                        override_id=override.override_id,
                        action=action,
                    ).model_dump_json()
                ]
            )
        return override
