"""Runtime settings, read from the environment on first use (never at import).

Every variable is listed in docs/configuration.md. Handlers call `get_settings()`; tests and
the local run change the environment and call `reset_settings()`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kommunvakt.domain.models import Escalation

if TYPE_CHECKING:  # the webhook's cold start never loads the policy module
    from kommunvakt.policy.config import Policy


class SettingsError(RuntimeError):
    """A required setting is missing or invalid; the message names the variable."""


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    table_name: str = ""
    moderation_queue_url: str = ""
    email_queue_url: str = ""
    action_queue_url: str = ""
    policy_name: str = "vallentuna"

    sender_address: str = ""
    kontaktcenter_address: str = ""
    escalation_recipients: dict[Escalation, tuple[str, ...]] = {}

    secrets_source: Literal["ssm", "env"] = "ssm"
    meta_app_secret_parameter: str = "/kommunvakt/meta-app-secret"
    instagram_app_secret_parameter: str = ""
    meta_verify_token_parameter: str = "/kommunvakt/meta-verify-token"
    meta_app_secret: str = ""
    instagram_app_secret: str = ""
    meta_verify_token: str = ""
    secrets_max_age_seconds: int = Field(default=300, ge=0)

    page_token_parameter: str = "/kommunvakt/meta-page-token"
    instagram_token_parameter: str = ""
    review_key_parameter: str = "/kommunvakt/review-signing-key"
    page_token: str = ""
    instagram_token: str = ""
    review_signing_key: str = ""
    graph_api_url: str = "https://graph.facebook.com/v21.0"
    instagram_graph_api_url: str = ""
    """Empty: the same host as Facebook (Instagram API with Facebook Login)."""
    review_base_url: str = ""
    """Where the review page is served (API URL); empty: e-mails carry no review links."""
    review_token_hours: float = Field(default=72, gt=0)
    actions_mode: Literal["", "live", "dry-run"] = ""
    """Overrides the policy file's `actions.mode` (the local run's `--live-actions`)."""
    admin_address: str = ""
    """Who is told about failed actions; empty: Kontaktcenter."""

    mail_transport: Literal["ses", "outbox"] = "ses"
    outbox_dir: Path = Path("outbox")
    smtp_server: str | None = None
    ses_configuration_set: str | None = None

    max_body_bytes: int = Field(default=2 * 1024 * 1024, gt=0)
    max_receive_count: int = Field(default=5, ge=1)
    """The queue's redrive maxReceiveCount: a failure on this receive sends the message to the
    DLQ, which the handler counts as a metric."""
    moderation_dlq_url: str = ""
    email_dlq_url: str = ""
    action_dlq_url: str = ""
    """The dead-letter queues the redrive moves back (empty: that queue is not redriven)."""
    pending_after_minutes: int = Field(default=30, ge=1)
    """An escalation still not sent this long after its record is queued again (redrive)."""

    def recipients_for(self, escalation: Escalation) -> tuple[str, ...]:
        specific = self.escalation_recipients.get(escalation)
        if specific:
            return specific
        if not self.kontaktcenter_address:
            raise SettingsError("KONTAKTCENTER_ADDRESS is not set")
        return _split(self.kontaktcenter_address)

    def policy_with_overrides(self, policy: Policy) -> Policy:
        if not self.actions_mode:
            return policy
        actions = policy.actions.model_copy(update={"mode": self.actions_mode})
        return policy.model_copy(update={"actions": actions})

    def admin_recipients(self) -> tuple[str, ...]:
        return _split(self.admin_address) or _split(self.kontaktcenter_address)

    def require(self, *names: str) -> None:
        missing = [n.upper() for n in names if not getattr(self, n)]
        if missing:
            raise SettingsError(f"missing setting(s): {', '.join(missing)}")


def _split(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split(",") if a.strip())


_PLAIN = (
    "table_name",
    "moderation_queue_url",
    "email_queue_url",
    "action_queue_url",
    "policy_name",
    "sender_address",
    "kontaktcenter_address",
    "secrets_source",
    "meta_app_secret_parameter",
    "instagram_app_secret_parameter",
    "meta_verify_token_parameter",
    "meta_app_secret",
    "instagram_app_secret",
    "meta_verify_token",
    "secrets_max_age_seconds",
    "page_token_parameter",
    "instagram_token_parameter",
    "review_key_parameter",
    "page_token",
    "instagram_token",
    "review_signing_key",
    "graph_api_url",
    "instagram_graph_api_url",
    "review_base_url",
    "review_token_hours",
    "admin_address",
    "actions_mode",
    "mail_transport",
    "outbox_dir",
    "smtp_server",
    "ses_configuration_set",
    "max_body_bytes",
    "max_receive_count",
    "moderation_dlq_url",
    "email_dlq_url",
    "action_dlq_url",
    "pending_after_minutes",
)


def settings_from_env(env: Mapping[str, str]) -> Settings:
    raw: dict[str, object] = {}
    for name in _PLAIN:
        value = env.get(name.upper())
        if value is not None and value != "":
            raw[name] = value
    raw["escalation_recipients"] = {
        e: _split(v)
        for e in Escalation
        if (v := env.get(f"RECIPIENTS_{e.value.upper()}", "").strip())
    }
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        bad = "; ".join(f"{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        raise SettingsError(f"invalid settings: {bad}") from exc


@cache
def get_settings() -> Settings:
    return settings_from_env(os.environ)


def reset_settings() -> None:
    """Forget the cached settings (tests, the local run after changing the environment)."""
    get_settings.cache_clear()
