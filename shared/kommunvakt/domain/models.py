"""The normalised event and the decision: the two things every other ring passes around."""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Platform(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"


class EventKind(StrEnum):
    POST = "post"
    COMMENT = "comment"
    REPLY = "reply"


class Verb(StrEnum):
    """What happened to the platform object. Only add/edited carry user text to judge."""

    ADD = "add"
    EDITED = "edited"
    REMOVE = "remove"
    HIDE = "hide"
    UNHIDE = "unhide"


class Category(StrEnum):
    """The ten categories of POLICY.md; the ids are stable and shared with the corpora."""

    PERSONAL_CASE = "personal_case"
    RUMOR = "rumor"
    ABUSIVE = "abusive"
    CRIME = "crime"
    MEDIA_RIGHTS = "media_rights"
    ADVERTISING = "advertising"
    SPAM = "spam"
    POLITICAL = "political"
    CONFIDENTIAL = "confidential"
    IRRELEVANT = "irrelevant"


class Action(StrEnum):
    """Ordered: allow < review < remove. The strictest action of all findings wins."""

    ALLOW = "allow"
    REVIEW = "review"
    REMOVE = "remove"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]

    @classmethod
    def strictest(cls, actions: list[Action]) -> Action:
        return max(actions, key=lambda a: a.rank, default=cls.ALLOW)


_ACTION_RANK = {Action.ALLOW: 0, Action.REVIEW: 1, Action.REMOVE: 2}


class Escalation(StrEnum):
    SENSITIVE_INFORMATION = "sensitive_information"
    POLICE_REPORT = "police_report"
    PERSONAL_CASE = "personal_case"
    MEDIA_CONSENT = "media_consent"


AttachmentType = Literal["photo", "video", "link", "sticker", "file", "unknown"]


class Attachment(BaseModel):
    model_config = ConfigDict(frozen=True)

    type: AttachmentType
    url: str = ""


class Event(BaseModel):
    """One user-visible thing that happened on a page, whatever platform it came from.

    `object_id` is the platform's id of the comment or post; together with `content_version`
    (verb and a hash of the content) it identifies one version of it (the record's key).
    """

    model_config = ConfigDict(frozen=True)

    platform: Platform
    kind: EventKind
    verb: Verb = Verb.ADD
    object_id: str = Field(min_length=1)
    post_id: str | None = None
    parent_id: str | None = None
    page_id: str | None = None
    author_id: str = ""
    author_name: str | None = None
    created_time: datetime
    text: str = ""
    attachments: tuple[Attachment, ...] = ()
    post_text: str | None = None
    permalink: str | None = None
    by_page: bool = False
    """True when the page itself made it (its own replies, hides): recorded, never judged."""

    @property
    def judged(self) -> bool:
        """Whether this event carries user content that the policy must judge."""
        return not self.by_page and self.verb in (Verb.ADD, Verb.EDITED)

    @property
    def version_key(self) -> str:
        """The version of the object this event is: see `content_version`."""
        return content_version(self)


_CONTENT_VERBS = (Verb.ADD, Verb.EDITED)


def content_version(event: Event) -> str:
    """`<verb>#<hash>`: one key per distinct version of a platform object.

    The hash covers the text and the attachments, so an edit is a new version even when Meta
    keeps the original `created_time` on it, and a redelivery (which differs only in
    `entry.time`) is the same version. Verbs without content (remove, hide, unhide) hash the
    platform's `created_time` instead, so hide → unhide → hide gives three versions.
    """
    h = hashlib.sha256()
    if event.verb in _CONTENT_VERBS:
        h.update(event.text.encode("utf-8", "surrogatepass"))
        for a in event.attachments:
            h.update(b"\x00" + a.type.encode() + b"\x00" + a.url.encode("utf-8", "surrogatepass"))
    else:
        h.update(event.created_time.isoformat().encode())
    return f"{event.verb.value}#{h.hexdigest()[:32]}"


class Evidence(BaseModel):
    """A span of the original text (Python str offsets), with PII masked in `masked`."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    masked: str
    kind: str | None = None
    """What the span is (e.g. `personnummer`, `phone`, `insult`): for people reading it."""


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    category: Category
    clause: str
    detector: str
    score: float = Field(ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = ()


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    categories: tuple[Category, ...] = ()
    action: Action = Action.ALLOW
    escalations: tuple[Escalation, ...] = ()
    violations: tuple[Finding, ...] = ()
    reply_template: str | None = None
    policy_version: str
    model_version: str | None = None
    """The learned classifier that took part in the decision (None: rules only)."""
    block_candidate: bool = False
    """The author has reached the policy's removal count within its window."""

    @property
    def ok(self) -> bool:
        return not self.categories
