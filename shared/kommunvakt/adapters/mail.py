"""Mail transports: Amazon SES v2 in production, the local outbox for `kommunvakt serve`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kommunvakt.app.ports import Mailer, OutgoingEmail
from kommunvakt.app.settings import Settings

if TYPE_CHECKING:
    from mypy_boto3_sesv2 import SESV2Client


class SesMailer:
    """Sends through SES v2 `SendEmail` (simple content: text and HTML parts)."""

    def __init__(self, client: SESV2Client | None = None, configuration_set: str | None = None):
        self._client = client
        self._configuration_set = configuration_set

    @property
    def client(self) -> SESV2Client:
        if self._client is None:
            import boto3

            self._client = boto3.client("sesv2")
        return self._client

    def send(self, email: OutgoingEmail) -> str:
        request: dict[str, Any] = {
            "FromEmailAddress": email.sender,
            "Destination": {"ToAddresses": list(email.recipients)},
            "Content": {
                "Simple": {
                    "Subject": {"Data": email.subject, "Charset": "UTF-8"},
                    "Body": {
                        "Text": {"Data": email.text_body, "Charset": "UTF-8"},
                        "Html": {"Data": email.html_body, "Charset": "UTF-8"},
                    },
                }
            },
            # Tags travel to SES event destinations, so bounces can be traced to the escalation.
            "EmailTags": [{"Name": "escalation", "Value": _tag_value(email.idempotency_key)}],
        }
        if self._configuration_set:
            request["ConfigurationSetName"] = self._configuration_set
        response = self.client.send_email(**request)
        return str(response.get("MessageId", ""))


def _tag_value(value: str) -> str:
    # SES tag values allow only ASCII letters, digits, '_', '-', '.', '@' (max 256).
    return "".join(c if c.isascii() and (c.isalnum() or c in "_-.@") else "_" for c in value)[:256]


def mailer_from_settings(settings: Settings) -> Mailer:
    if settings.mail_transport == "outbox":
        # Imported only here: the production bundle never loads the local transport.
        from kommunvakt.adapters.outbox_mail import OutboxMailer

        mailer: Mailer = OutboxMailer(settings.outbox_dir, settings.smtp_server)
        return mailer
    return SesMailer(configuration_set=settings.ses_configuration_set)
