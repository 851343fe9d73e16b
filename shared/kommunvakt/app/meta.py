"""Meta webhook payloads: parser models and their translation into normalised events.

Shapes follow ../shared/platform-samples/PLATFORMS.md §2–§3. Parsing is defensive (Meta
no longer documents `value`): anything unknown is skipped with a reason the webhook
counts, never a crash that would make Meta redeliver the whole batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kommunvakt.domain.models import Attachment, Event, EventKind, Platform, Verb


class MalformedPayloadError(ValueError):
    """The body is not a Meta notification; the message is safe to return to the caller."""


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=True)


class MetaChange(_Lenient):
    field: str
    value: dict[str, Any] = {}


class MetaEntry(_Lenient):
    id: str
    time: int | None = None
    changes: list[MetaChange] = []
    messaging: list[dict[str, Any]] = []
    """Messenger events: not moderated here, only counted."""


class MetaNotification(_Lenient):
    object: str
    entry: list[MetaEntry] = Field(default_factory=list)


def parse_notification(raw: bytes) -> MetaNotification:
    try:
        return MetaNotification.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        # Only the location and type: pydantic's message could echo user text back.
        raise MalformedPayloadError(f"not a Meta notification ({where}: {first['type']})") from None


@dataclass(frozen=True)
class ParsedEvent:
    event: Event
    version: str
    """The record's version key: stable across redeliveries (see docs/dynamodb.md)."""


@dataclass
class ParseResult:
    events: list[ParsedEvent] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """One reason per change that is not a moderated event, e.g. `page:feed:reaction`."""


_FB_POST_ITEMS = {"post", "status", "photo", "video", "share"}
_VERBS = {
    "add": Verb.ADD,
    "edited": Verb.EDITED,
    "edit": Verb.EDITED,
    "remove": Verb.REMOVE,
    "hide": Verb.HIDE,
    "unhide": Verb.UNHIDE,
}


def events_from_notification(note: MetaNotification) -> ParseResult:
    result = ParseResult()
    for entry in note.entry:
        if entry.messaging:
            result.skipped.extend(f"{note.object}:messaging" for _ in entry.messaging)
        for change in entry.changes:
            try:
                parsed = _one(note.object, entry, change)
            except (ValidationError, ValueError, TypeError) as exc:
                parsed = f"{note.object}:{change.field}:invalid:{type(exc).__name__}"
            if isinstance(parsed, str):
                result.skipped.append(parsed)
            else:
                result.events.append(parsed)
    return result


def _one(obj: str, entry: MetaEntry, change: MetaChange) -> ParsedEvent | str:
    if obj == "page" and change.field == "feed":
        return _facebook_feed(entry, change.value)
    if obj == "instagram" and change.field in ("comments", "live_comments"):
        return _instagram_comment(entry, change.value)
    return f"{obj}:{change.field}"


def _ts(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
        return datetime.fromtimestamp(int(value), tz=UTC)
    parsed = datetime.fromisoformat(str(value).replace("+0000", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _entry_time(entry: MetaEntry) -> datetime:
    return datetime.fromtimestamp(entry.time, tz=UTC) if entry.time else datetime.now(UTC)


def _version(created: datetime | None, verb: Verb) -> str:
    # Without the platform's own created_time the version is the verb alone: entry.time
    # differs between redeliveries and would turn every retry into a new record.
    return f"{created.isoformat()}#{verb.value}" if created else f"-#{verb.value}"


def _facebook_feed(entry: MetaEntry, value: dict[str, Any]) -> ParsedEvent | str:
    item = str(value.get("item", ""))
    verb = _VERBS.get(str(value.get("verb", "")))
    if verb is None or (item != "comment" and item not in _FB_POST_ITEMS):
        return f"page:feed:{item or '?'}:{value.get('verb', '?')}"
    author = value.get("from") or {}
    author_id = str(author.get("id", "") or value.get("sender_id", ""))
    post_id = str(value.get("post_id", "")) or None
    parent_id = str(value.get("parent_id", "")) or None
    if item == "comment":
        object_id = str(value.get("comment_id", ""))
        kind = EventKind.REPLY if parent_id and parent_id != post_id else EventKind.COMMENT
    else:
        object_id = str(value.get("post_id", ""))
        kind = EventKind.POST
    if not object_id:
        return f"page:feed:{item}:no-id"
    created = _ts(value.get("created_time"))
    post = value.get("post") or {}
    permalink = post.get("permalink_url") if isinstance(post, dict) else None
    if permalink and item == "comment":
        permalink = f"{permalink}?comment_id={object_id.rsplit('_', 1)[-1]}"
    if not permalink:
        permalink = f"https://www.facebook.com/{object_id}"
    event = Event(
        platform=Platform.FACEBOOK,
        kind=kind,
        verb=verb,
        object_id=object_id,
        post_id=post_id,
        parent_id=parent_id,
        page_id=entry.id,
        author_id=author_id,
        author_name=author.get("name") or value.get("sender_name"),
        created_time=created or _entry_time(entry),
        text=str(value.get("message", "") or ""),
        attachments=_fb_attachments(item, value),
        permalink=str(permalink),
        # The Page's own posts and replies, and hide/unhide (only the Page moderates), loop
        # back as webhooks: record them, never judge them as user content.
        by_page=author_id == entry.id or verb in (Verb.HIDE, Verb.UNHIDE),
    )
    return ParsedEvent(event, _version(created, verb))


def _fb_attachments(item: str, value: dict[str, Any]) -> tuple[Attachment, ...]:
    out: list[Attachment] = []
    if item == "photo" and value.get("link"):
        out.append(Attachment(type="photo", url=str(value["link"])))
    if item == "video":
        out.append(Attachment(type="video", url=str(value.get("link", ""))))
    for url in value.get("photos") or ():
        out.append(Attachment(type="photo", url=str(url)))
    if value.get("photo"):
        out.append(Attachment(type="photo", url=str(value["photo"])))
    if value.get("video"):
        out.append(Attachment(type="video", url=str(value["video"])))
    if item in ("post", "status", "share") and value.get("link"):
        out.append(Attachment(type="link", url=str(value["link"])))
    return tuple(out)


def _instagram_comment(entry: MetaEntry, value: dict[str, Any]) -> ParsedEvent | str:
    object_id = str(value.get("id") or value.get("comment_id") or "")
    if not object_id:
        return "instagram:comments:no-id"
    author = value.get("from") or {}
    author_id = str(author.get("id", ""))
    media = value.get("media") or {}
    parent_id = str(value.get("parent_id", "")) or None
    created = _ts(value.get("timestamp") or value.get("created_time"))
    event = Event(
        platform=Platform.INSTAGRAM,
        kind=EventKind.REPLY if parent_id else EventKind.COMMENT,
        verb=Verb.ADD,
        object_id=object_id,
        post_id=str(media.get("id", "")) or None,
        parent_id=parent_id,
        page_id=entry.id,
        author_id=author_id,
        author_name=author.get("username"),
        created_time=created or _entry_time(entry),
        text=str(value.get("text", "") or ""),
        by_page=author_id == entry.id,
    )
    return ParsedEvent(event, _version(created, Verb.ADD))
