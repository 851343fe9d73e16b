"""The local mail transport: every e-mail becomes an `.eml` file, optionally also sent by SMTP.

Used by `kommunvakt serve` (MAIL_TRANSPORT=outbox) so a newcomer can open the e-mail
Kontaktcenter would get in any mail program, without SES. The file name is derived from the
idempotency key alone, so a redelivered escalation finds its file and sends nothing twice.
"""

from __future__ import annotations

import hashlib
import os
import re
import smtplib
import tempfile
import threading
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default
from email.utils import formatdate
from pathlib import Path

from kommunvakt.app.ports import OutgoingEmail

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MESSAGE_ID_DOMAIN = "kommunvakt.local"


class OutboxMailer:
    """Writes each e-mail atomically into `outbox_dir`; with `smtp_server` ("host:port") it is
    also delivered there first (plain SMTP, no auth: a local MailHog/Mailpit)."""

    def __init__(self, outbox_dir: Path, smtp_server: str | None = None, timeout: float = 10.0):
        self.outbox_dir = Path(outbox_dir)
        self.smtp_server = smtp_server or None
        self.timeout = timeout
        # Two notify invocations in one process must not both send the same key by SMTP.
        self._lock = threading.Lock()

    def path_for(self, idempotency_key: str) -> Path:
        readable = _UNSAFE.sub("_", idempotency_key).strip("._")[:120] or "email"
        digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:12]
        return self.outbox_dir / f"{readable}-{digest}.eml"

    def send(self, email: OutgoingEmail) -> str:
        target = self.path_for(email.idempotency_key)
        message_id = _message_id(email.idempotency_key)
        with self._lock:
            if target.exists():
                return message_id
            message = build_message(email, message_id)
            if self.smtp_server:
                # Before the file: a failed delivery raises, nothing is written, and the
                # queue's retry sends it again; a file therefore means "delivered".
                self._deliver(message)
            self.outbox_dir.mkdir(parents=True, exist_ok=True)
            _write_atomically(target, message.as_bytes(policy=SMTP))
        return message_id

    def _deliver(self, message: EmailMessage) -> None:
        host, port = parse_host_port(self.smtp_server or "")
        with smtplib.SMTP(host, port, timeout=self.timeout) as client:
            client.send_message(message)


def build_message(email: OutgoingEmail, message_id: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = email.sender
    message["To"] = ", ".join(email.recipients)
    message["Subject"] = email.subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = message_id
    for name, value in email.headers.items():
        if name.lower() not in {"from", "to", "subject", "date", "message-id"}:
            message[name] = value
    # Quoted-printable keeps Swedish text readable in the file and 7-bit safe for any SMTP.
    message.set_content(email.text_body, charset="utf-8", cte="quoted-printable")
    message.add_alternative(
        email.html_body, subtype="html", charset="utf-8", cte="quoted-printable"
    )
    return message


def read_message(path: Path) -> EmailMessage:
    """Parse an `.eml` written by the outbox (tests, the tour)."""
    with path.open("rb") as handle:
        parsed = BytesParser(policy=default).parse(handle)
    if not isinstance(parsed, EmailMessage):  # the default policy always yields one
        raise TypeError(f"{path}: not an e-mail")
    return parsed


def parse_host_port(value: str) -> tuple[str, int]:
    host, sep, port = value.strip().rpartition(":")
    if not sep or not host or not port.isdigit():
        raise ValueError(f"SMTP server must be HOST:PORT, got {value!r}")
    return host.strip("[]"), int(port)


def _message_id(key: str) -> str:
    return f"<{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@{_MESSAGE_ID_DOMAIN}>"


def _write_atomically(target: Path, data: bytes) -> None:
    # A reader (a mail program, the tests) never sees a half-written file.
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; a mail program run by the same user or a colleague reads it.
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
