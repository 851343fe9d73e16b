"""The ports the application needs from the outside world, as small Protocols.

Adapters implement them (SES v2, the local outbox); tests may substitute fakes.
"""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from kommunvakt.domain.actions import PlannedAction
from kommunvakt.domain.models import Platform


class OutgoingEmail(BaseModel):
    """One e-mail to Kontaktcenter, already composed (Swedish text and HTML)."""

    model_config = ConfigDict(frozen=True)

    sender: str = Field(min_length=3)
    recipients: tuple[str, ...] = Field(min_length=1)
    subject: str
    text_body: str
    html_body: str
    idempotency_key: str = Field(min_length=1)
    """The escalation id: the same escalation never produces two e-mails."""
    headers: dict[str, str] = {}


class Mailer(Protocol):
    def send(self, email: OutgoingEmail) -> str:
        """Send the e-mail; return the transport's message id."""
        ...


class ActionRetryLaterError(Exception):
    """The platform could not take the action now (throttled, 5xx, timeout, not JSON): the
    message stays on its queue and comes back after `retry_after` seconds."""

    def __init__(self, reason: str, retry_after: float = 60.0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class ActionRefusedError(Exception):
    """The platform refused for good (bad parameter, expired token, no permission, deleted
    object): recorded with its code and never retried."""

    reason: str
    code: int | None
    subcode: int | None

    @property
    def object_gone(self) -> bool:
        return False

    @property
    def cannot_hide(self) -> bool:
        return False

    def summary(self) -> dict[str, Any]:
        return {"reason": str(self)}


class PlatformActions(Protocol):
    def perform(self, platform: Platform, step: PlannedAction) -> PlatformAnswer:
        """Carry out one action; raise ActionRetryLaterError or ActionRefusedError."""
        ...

    def blocked_for(self) -> float:
        """Seconds until the platform will take calls again (0: now)."""
        ...


class PlatformAnswer(Protocol):
    @property
    def status(self) -> int: ...

    @property
    def body(self) -> dict[str, Any]: ...
