"""The labelled-corpus JSONL format (../shared/corpus/README.md) as Events.

Used by `kommunvakt classify` and `kommunvakt eval`; `labels` and `why` are never shown to
the engine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from kommunvakt.domain.models import Category, Event


class CorpusError(ValueError):
    """A line cannot be used; the message names the field."""


@dataclass(frozen=True, slots=True)
class CorpusItem:
    id: str
    event: Event
    labels: frozenset[Category] | None
    """None when the line has no `labels` (classify input)."""


def parse_line(line: str) -> CorpusItem:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise CorpusError("expected a JSON object")
    return parse_item(obj)


def parse_item(obj: dict[str, Any]) -> CorpusItem:
    item_id = obj.get("id")
    if not isinstance(item_id, str) or not item_id:
        raise CorpusError("field 'id': missing or not a non-empty string")
    text = obj.get("text", "")
    if not isinstance(text, str):
        raise CorpusError("field 'text': not a string")
    created = obj.get("created_time")
    if created is None:
        created = datetime.now(UTC).isoformat()
    kind = obj.get("kind", "comment")
    raw = {
        "platform": obj.get("platform", "facebook"),
        "kind": kind,
        "object_id": item_id,
        "author_id": str(obj.get("author") or ""),
        "created_time": created,
        "text": text.replace("\x00", ""),
        "attachments": obj.get("attachments") or (),
        "post_text": obj.get("post") or None,
    }
    try:
        event = Event.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        field = {"object_id": "id", "author_id": "author", "post_text": "post"}.get(loc, loc)
        raise CorpusError(f"field {field!r}: {first['msg']}") from exc
    labels = obj.get("labels")
    parsed: frozenset[Category] | None = None
    if labels is not None:
        try:
            parsed = frozenset(Category(x) for x in labels)
        except (ValueError, TypeError) as exc:
            raise CorpusError(f"field 'labels': {exc}") from exc
    return CorpusItem(item_id, event, parsed)
