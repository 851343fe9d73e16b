"""Meta webhook payloads: parser models and their translation into normalised events.

Shapes follow ../shared/platform-samples/PLATFORMS.md §2–§3. Every entry and every change is
validated on its own with the pydantic models below: one that does not fit becomes a
`QuarantinedChange` (stored as a raw record by moderate) and the others are queued as usual.
Nothing a verified body contains can raise out of `parse_body`: wrong types and out-of-range
numbers are validation errors, and anything else unexpected is quarantined too.

Skip and quarantine reasons are built only from names we know (fields, items, verbs) and
pydantic's error types, never from strings in the body: they are logged.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictStr,
    ValidationError,
    model_validator,
)
from pydantic_core import from_json

from kommunvakt.domain.models import Attachment, Event, EventKind, Platform, Verb, content_version


class MalformedPayloadError(ValueError):
    """The body is not a Meta notification; the message is safe to return to the caller.

    `quarantined` holds the body itself, to be stored like any other quarantined part."""

    def __init__(self, message: str, quarantined: list[QuarantinedChange] | None = None) -> None:
        super().__init__(message)
        self.quarantined = quarantined or []


# --- value types ----------------------------------------------------------------------------

_ID = re.compile(r"[0-9A-Za-z_.:\-]{1,128}")
_MAX_TS = 4_102_444_800  # 2100-01-01: later, or negative, is not a Meta timestamp
_TS_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?")


def _id(value: Any) -> str:
    # Meta's ids are digits (and `_`); a number is accepted, a bool, object or a string with
    # anything else (a newline that could forge a log line, a quote) is not.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        value = str(value)
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ValueError("not a platform id")
    return value


def _timestamp(value: Any) -> datetime:
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 12:
        value = int(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 0 <= value <= _MAX_TS:
            raise ValueError("timestamp out of range")
        return datetime.fromtimestamp(int(value), tz=UTC)
    if isinstance(value, str) and _TS_ISO.fullmatch(value):
        try:
            parsed = datetime.fromisoformat(value.replace("+0000", "+00:00"))
        except ValueError:
            raise ValueError("not a timestamp") from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    raise ValueError("not a timestamp")


def _no_surrogates(value: Any) -> Any:
    # A lone surrogate cannot be encoded as UTF-8: SQS and DynamoDB would refuse the event.
    if isinstance(value, str):
        value.encode("utf-8")
    return value


Id = Annotated[str, BeforeValidator(_id)]
Timestamp = Annotated[datetime, BeforeValidator(_timestamp)]
Text = Annotated[StrictStr, BeforeValidator(_no_surrogates)]
Url = Annotated[StrictStr, BeforeValidator(_no_surrogates), Field(max_length=8192)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class Envelope(_Model):
    object: StrictStr
    entry: list[Any] = Field(default_factory=list)


class MetaEntry(_Model):
    id: Id
    time: Annotated[int, Field(ge=0, le=_MAX_TS, strict=True)] | None = None
    changes: list[Any] = Field(default_factory=list)
    messaging: list[Any] = Field(default_factory=list)
    """Messenger events: not moderated here, only counted."""


class MetaChange(_Model):
    field: StrictStr
    value: dict[str, Any] = Field(default_factory=dict)


class FacebookAuthor(_Model):
    id: Id | None = None
    name: Text | None = None


class FacebookPostRef(_Model):
    id: Id | None = None
    permalink_url: Url | None = None


class FacebookFeedValue(_Model):
    item: StrictStr
    verb: StrictStr
    author: FacebookAuthor | None = Field(default=None, alias="from")
    sender_id: Id | None = None
    sender_name: Text | None = None
    post_id: Id | None = None
    comment_id: Id | None = None
    parent_id: Id | None = None
    created_time: Timestamp | None = None
    message: Text | None = None
    post: FacebookPostRef | None = None
    link: Url | None = None
    photos: list[Url] = Field(default_factory=list)
    photo: Url | None = None
    video: Url | None = None


class InstagramMedia(_Model):
    id: Id | None = None


class InstagramAuthor(_Model):
    id: Id | None = None
    username: Text | None = None


class InstagramCommentValue(_Model):
    id: Id | None = None
    comment_id: Id | None = None
    author: InstagramAuthor | None = Field(default=None, alias="from")
    media: InstagramMedia | None = None
    parent_id: Id | None = None
    timestamp: Timestamp | None = None
    created_time: Timestamp | None = None
    text: Text | None = None

    @model_validator(mode="after")
    def _has_id(self) -> InstagramCommentValue:
        if not (self.id or self.comment_id):
            raise ValueError("comment without id")
        return self


# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedEvent:
    event: Event
    version: str
    """The record's version key: verb + hash of the content (see docs/dynamodb.md)."""


QUARANTINE_PART_CHARS = 32_000
"""ASCII characters of a quarantined part per record: escaped once more as JSON it stays
under SQS's 256 KiB per message and DynamoDB's 400 KB per item. A longer part is split into
numbered pieces (`part`, `parts`), so nothing is cut off."""


@dataclass(frozen=True)
class QuarantinedChange:
    """A part of a verified body that does not fit the models, kept as it came."""

    body_sha256: str
    position: str
    """`E<entry>.C<change>`, `E<entry>` (a whole entry) or `BODY`."""
    reason: str
    raw: str
    raw_sha256: str
    """Hash of the whole part (all pieces joined)."""
    raw_length: int
    part: int = 1
    parts: int = 1


@dataclass
class ParseResult:
    events: list[ParsedEvent] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """One reason per change that is not a moderated event, e.g. `page:feed:reaction`."""
    quarantined: list[QuarantinedChange] = field(default_factory=list)


# Names we may echo in logs; anything else from a body is reported as `other`.
_OBJECTS = {"page", "instagram", "user", "permissions", "application", "whatsapp_business_account"}
_FIELDS = {
    "feed",
    "comments",
    "live_comments",
    "mentions",
    "mention",
    "ratings",
    "messages",
    "story_insights",
    "messaging_postbacks",
    "name",
    "picture",
}
_FB_POST_ITEMS = {"post", "status", "photo", "video", "share"}
_FB_OTHER_ITEMS = {"reaction", "like", "album", "event", "note", "coupon", "question"}
_VERBS = {
    "add": Verb.ADD,
    "edited": Verb.EDITED,
    "edit": Verb.EDITED,
    "remove": Verb.REMOVE,
    "hide": Verb.HIDE,
    "unhide": Verb.UNHIDE,
}
_OTHER_VERBS = {"block", "unblock", "mute", "unmute", "update"}


def _name(value: Any, known: set[str]) -> str:
    return value if isinstance(value, str) and value in known else "other"


def _reason(exc: Exception) -> str:
    """Where and what, from pydantic's error (location names only if they are ours)."""
    if isinstance(exc, ValidationError):
        first = exc.errors(include_url=False, include_context=False, include_input=False)[0]
        parts = [
            str(p) if isinstance(p, int) or re.fullmatch(r"[a-z_]{1,40}", str(p)) else "?"
            for p in first["loc"]
        ]
        return f"{'.'.join(parts) or 'value'}: {first['type']}"
    return f"invalid: {type(exc).__name__}"


def _quarantine(
    body_sha: str, position: str, reason: str, raw: Any, *, text: str | None = None
) -> list[QuarantinedChange]:
    # ASCII JSON: a lone surrogate or a control character in the body survives unchanged.
    if text is None:
        text = json.dumps(raw, ensure_ascii=True, sort_keys=True)
    sha = hashlib.sha256(text.encode("ascii")).hexdigest()
    pieces = [
        text[i : i + QUARANTINE_PART_CHARS] for i in range(0, len(text), QUARANTINE_PART_CHARS)
    ] or [""]
    return [
        QuarantinedChange(
            body_sha256=body_sha,
            position=position,
            reason=reason,
            raw=piece,
            raw_sha256=sha,
            raw_length=len(text),
            part=k + 1,
            parts=len(pieces),
        )
        for k, piece in enumerate(pieces)
    ]


def quarantine_body(raw: bytes, reason: str) -> list[QuarantinedChange]:
    """The whole body as quarantined part(s): bytes that are not UTF-8 kept as `\\x..`."""
    text = raw.decode("utf-8", "backslashreplace").encode("ascii", "backslashreplace")
    return _quarantine(
        hashlib.sha256(raw).hexdigest(), "BODY", reason, None, text=text.decode("ascii")
    )


def parse_body(raw: bytes) -> ParseResult:
    """Split a verified body into events, skipped changes and quarantined parts.

    Raises MalformedPayloadError when the body is not a Meta notification at all (not JSON,
    no `object`); the result then still holds the body as one quarantined part, on the
    error's `quarantined` attribute.
    """
    body_sha = hashlib.sha256(raw).hexdigest()
    try:
        data = from_json(raw, allow_inf_nan=False)
        note = Envelope.model_validate(data)
    except (ValueError, ValidationError) as exc:
        reason = _reason(exc) if isinstance(exc, ValidationError) else "body: json_invalid"
        raise MalformedPayloadError(
            f"not a Meta notification ({reason})", quarantine_body(raw, reason)
        ) from None
    result = ParseResult()
    obj = note.object
    for i, raw_entry in enumerate(note.entry):
        try:
            entry = MetaEntry.model_validate(raw_entry)
        except ValidationError as exc:
            result.quarantined.extend(
                _quarantine(body_sha, f"E{i}", f"entry.{_reason(exc)}", raw_entry)
            )
            continue
        if entry.messaging:
            result.skipped.extend(f"{_name(obj, _OBJECTS)}:messaging" for _ in entry.messaging)
        for j, raw_change in enumerate(entry.changes):
            try:
                parsed = _one(obj, entry, MetaChange.model_validate(raw_change))
            except Exception as exc:  # any misfit is quarantined, never a 500
                result.quarantined.extend(
                    _quarantine(body_sha, f"E{i}.C{j}", _reason(exc), raw_change)
                )
                continue
            if isinstance(parsed, str):
                result.skipped.append(parsed)
            else:
                result.events.append(parsed)
    return result


def _one(obj: str, entry: MetaEntry, change: MetaChange) -> ParsedEvent | str:
    if obj == "page" and change.field == "feed":
        return _facebook_feed(entry, change.value)
    if obj == "instagram" and change.field in ("comments", "live_comments"):
        return _instagram_comment(entry, InstagramCommentValue.model_validate(change.value))
    return f"{_name(obj, _OBJECTS)}:{_name(change.field, _FIELDS)}"


def _entry_time(entry: MetaEntry) -> datetime:
    return datetime.fromtimestamp(entry.time, tz=UTC) if entry.time else datetime.now(UTC)


def _facebook_feed(entry: MetaEntry, raw: dict[str, Any]) -> ParsedEvent | str:
    item, verb_name = raw.get("item"), raw.get("verb")
    verb = _VERBS.get(verb_name) if isinstance(verb_name, str) else None
    if verb is None or (item != "comment" and item not in _FB_POST_ITEMS):
        known_items = _FB_POST_ITEMS | _FB_OTHER_ITEMS | {"comment"}
        return (
            f"page:feed:{_name(item, known_items)}:{_name(verb_name, set(_VERBS) | _OTHER_VERBS)}"
        )
    value = FacebookFeedValue.model_validate(raw)
    author = value.author or FacebookAuthor()
    author_id = author.id or value.sender_id or ""
    post_id = value.post_id
    parent_id = value.parent_id
    if item == "comment":
        object_id = value.comment_id
        kind = EventKind.REPLY if parent_id and parent_id != post_id else EventKind.COMMENT
    else:
        object_id = post_id
        kind = EventKind.POST
    if not object_id:
        return f"page:feed:{item}:no-id"
    permalink = value.post.permalink_url if value.post else None
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
        author_name=author.name or value.sender_name,
        created_time=value.created_time or _entry_time(entry),
        text=value.message or "",
        attachments=_fb_attachments(item, value),
        permalink=permalink,
        # The Page's own posts and replies, and hide/unhide (only the Page moderates), loop
        # back as webhooks: record them, never judge them as user content.
        by_page=author_id == entry.id or verb in (Verb.HIDE, Verb.UNHIDE),
    )
    return ParsedEvent(event, content_version(event))


def _fb_attachments(item: str, value: FacebookFeedValue) -> tuple[Attachment, ...]:
    out: list[Attachment] = []
    if item == "photo" and value.link:
        out.append(Attachment(type="photo", url=value.link))
    if item == "video":
        out.append(Attachment(type="video", url=value.link or ""))
    out.extend(Attachment(type="photo", url=url) for url in value.photos)
    if value.photo:
        out.append(Attachment(type="photo", url=value.photo))
    if value.video:
        out.append(Attachment(type="video", url=value.video))
    if item in ("post", "status", "share") and value.link:
        out.append(Attachment(type="link", url=value.link))
    return tuple(out)


def _instagram_comment(entry: MetaEntry, value: InstagramCommentValue) -> ParsedEvent:
    object_id = value.id or value.comment_id or ""
    author = value.author or InstagramAuthor()
    author_id = author.id or ""
    created = value.timestamp or value.created_time
    event = Event(
        platform=Platform.INSTAGRAM,
        kind=EventKind.REPLY if value.parent_id else EventKind.COMMENT,
        verb=Verb.ADD,
        object_id=object_id,
        post_id=value.media.id if value.media else None,
        parent_id=value.parent_id,
        page_id=entry.id,
        author_id=author_id,
        author_name=author.username,
        created_time=created or _entry_time(entry),
        text=value.text or "",
        by_page=author_id == entry.id,
    )
    return ParsedEvent(event, content_version(event))
