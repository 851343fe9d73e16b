"""The local mail transport: what Kontaktcenter's mail program would open, sent once."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kommunvakt.adapters.outbox_mail import OutboxMailer, parse_host_port, read_message
from kommunvakt.app.ports import OutgoingEmail


def _email(
    key: str = "OBJ#facebook#1_2|V#2025-03-03T11:16:40+00:00#add|police_report",
) -> OutgoingEmail:
    return OutgoingEmail(
        sender="kommunvakt@kommun.example",
        recipients=("kontaktcenter@kommun.example", "polis-kontakt@kommun.example"),
        subject="[Kommunvakt] Hot mot personal – Facebook, kommentar",
        text_body="Hej Kontaktcenter!\nÅtgärd: ta bort. Författare: K••••• E•••••••••",
        html_body="<p>Hej Kontaktcenter!</p><p>Åtgärd: <b>ta bort</b></p>",
        idempotency_key=key,
        headers={"X-Kommunvakt-Escalation": "police_report"},
    )


def test_writes_a_multipart_utf8_email_a_mail_program_can_open(tmp_path: Path) -> None:
    mailer = OutboxMailer(tmp_path / "outbox")
    message_id = mailer.send(_email())
    (path,) = (tmp_path / "outbox").glob("*.eml")
    message = read_message(path)
    assert message["Subject"] == "[Kommunvakt] Hot mot personal – Facebook, kommentar"
    assert message["From"] == "kommunvakt@kommun.example"
    assert message["To"] == "kontaktcenter@kommun.example, polis-kontakt@kommun.example"
    assert message["Message-ID"] == message_id
    assert message["X-Kommunvakt-Escalation"] == "police_report"
    assert message.get_content_type() == "multipart/alternative"
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None and html is not None
    assert "Åtgärd: ta bort" in plain.get_content()
    assert "<b>ta bort</b>" in html.get_content()
    # The raw file stays 7-bit: any mail program or SMTP relay reads it unchanged.
    assert path.read_bytes().isascii()


def test_the_same_escalation_sent_twice_gives_one_file(tmp_path: Path) -> None:
    mailer = OutboxMailer(tmp_path)
    first = mailer.send(_email())
    second = mailer.send(_email())
    other = mailer.send(_email("OBJ#facebook#1_3|V#2025-03-03T11:20:00+00:00#add|police_report"))
    assert first == second != other
    assert len(list(tmp_path.glob("*.eml"))) == 2
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_file_names_are_safe_and_distinct_for_similar_keys(tmp_path: Path) -> None:
    mailer = OutboxMailer(tmp_path)
    a, b = mailer.path_for("a/b|c"), mailer.path_for("a|b/c")
    assert a != b
    assert a.parent == b.parent == tmp_path
    assert "/" not in a.name and "|" not in a.name


class _SmtpHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: records the DATA it receives."""

    received: list[bytes]

    def handle(self) -> None:
        self.wfile.write(b"220 test ESMTP\r\n")
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb == b"DATA":
                self.wfile.write(b"354 go ahead\r\n")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk
                type(self).received.append(data)
                self.wfile.write(b"250 queued\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@pytest.fixture
def smtp_server() -> Iterator[tuple[str, list[bytes]]]:
    received: list[bytes] = []
    handler = type("Handler", (_SmtpHandler,), {"received": received})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_with_smtp_the_email_is_also_delivered_once(
    tmp_path: Path, smtp_server: tuple[str, list[bytes]]
) -> None:
    address, received = smtp_server
    mailer = OutboxMailer(tmp_path, address)
    mailer.send(_email())
    mailer.send(_email())  # a redelivered escalation is not mailed again
    assert len(received) == 1
    assert b"Subject: [Kommunvakt]" in received[0]
    assert len(list(tmp_path.glob("*.eml"))) == 1


def test_failed_smtp_delivery_raises_and_writes_nothing_so_the_queue_retries(
    tmp_path: Path,
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    mailer = OutboxMailer(tmp_path, f"127.0.0.1:{closed_port}", timeout=2)
    with pytest.raises(OSError):
        mailer.send(_email())
    assert not list(tmp_path.glob("*"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("localhost:1025", ("localhost", 1025)), ("[::1]:25", ("::1", 25))],
)
def test_smtp_server_is_host_and_port(value: str, expected: tuple[str, int]) -> None:
    assert parse_host_port(value) == expected


@pytest.mark.parametrize("value", ["localhost", ":25", "mail:smtp"])
def test_smtp_server_without_a_port_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="HOST:PORT"):
        parse_host_port(value)
