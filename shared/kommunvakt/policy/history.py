"""An author's recent history, read through a small interface so the policy stays pure.

The CLI and the tests use the in-memory implementation; the pipeline reads the same
interface from DynamoDB.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class PriorPost:
    """What the policy needs to remember of an author's earlier item: no text, only a
    fingerprint for near-duplicate detection and whether it was removed."""

    object_id: str
    created_time: datetime
    fingerprint: str
    removed: bool


class AuthorHistory(Protocol):
    def recent(self, author_id: str, since: datetime) -> Sequence[PriorPost]:
        """The author's items created at or after `since`, oldest first."""
        ...


class InMemoryHistory:
    def __init__(self) -> None:
        self._items: dict[str, list[PriorPost]] = defaultdict(list)

    def recent(self, author_id: str, since: datetime) -> Sequence[PriorPost]:
        return [p for p in self._items.get(author_id, ()) if p.created_time >= since]

    def add(self, author_id: str, item: PriorPost) -> None:
        items = self._items[author_id]
        # An edit replaces the earlier version of the same object: it is one post, not two.
        items[:] = [p for p in items if p.object_id != item.object_id]
        items.append(item)
        items.sort(key=lambda p: p.created_time)


class NoHistory:
    def recent(self, author_id: str, since: datetime) -> Sequence[PriorPost]:
        return ()
