"""The ports the application needs from the outside world, as small Protocols.

Adapters implement them (SES v2, the local outbox); tests may substitute fakes.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field


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
