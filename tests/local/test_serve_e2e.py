"""`kommunvakt serve` end to end: a child process on free ports, real HTTP, real (moto) AWS.

What a newcomer would check by hand: Meta-signed comments get 200 and become records, a
forged one is refused and leaves no trace, redeliveries and edits give one record per version,
only escalations become e-mails and those never show the personal data, and Ctrl-C leaves
nothing listening.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import pytest

from kommunvakt.adapters.dynamodb import RecordStore, record_pk
from kommunvakt.adapters.outbox_mail import OutboxMailer, read_message
from kommunvakt.local.client import Reply, encode_like_meta, post_signed
from kommunvakt.local.defaults import KONTAKTCENTER_ADDRESS as KONTAKTCENTER
from kommunvakt.local.defaults import LOCAL_TABLE_NAME
from kommunvakt.local.harness import ServerProcess, free_port, listening

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SECRET = "e2e-meta-secret"
IG_SECRET = "e2e-instagram-secret"
PAGE = "104857600099999"
POST = f"{PAGE}_131072000099999"
PERSONNUMMER = "19811218-9876"
AUTHOR_NAME = "Olle Påhittad"


def _comment(
    comment: str, text: str, created: int, *, verb: str = "add", name: str = "Karin Exempelsson"
) -> bytes:
    value = {
        "from": {"id": f"26110000{comment[-8:]}", "name": name},
        "post": {
            "status_type": "mobile_status_update",
            "is_published": True,
            "updated_time": "2025-03-03T08:15:00+0000",
            "permalink_url": f"https://www.facebook.com/{PAGE}/posts/pfbid0E2E",
            "promotion_status": "inactive",
            "id": POST,
        },
        "message": text,
        "post_id": POST,
        "comment_id": f"131072000099999_{comment}",
        "created_time": created,
        "item": "comment",
        "parent_id": POST,
        "verb": verb,
    }
    body = {
        "entry": [
            {"id": PAGE, "time": created + 2, "changes": [{"value": value, "field": "feed"}]}
        ],
        "object": "page",
    }
    return encode_like_meta(body)


def _object_id(comment: str) -> str:
    return f"131072000099999_{comment}"


def _wait_for(check: Callable[[], bool], timeout: float, what: str) -> float:
    """Poll `check` until true; return the seconds it took. Bounded by time."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if check():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Service:
    def __init__(self, server: ServerProcess) -> None:
        self.server = server
        client = boto3.client(
            "dynamodb",
            endpoint_url=server.aws_endpoint,
            region_name="eu-north-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        self.store = RecordStore(LOCAL_TABLE_NAME, client=client)

    def post(self, body: bytes, secret: str = SECRET, platform: str = "facebook") -> Reply:
        return post_signed(f"{self.server.base_url}/webhooks/{platform}", body, secret)

    def versions(self, object_id: str) -> list[Any]:
        return self.store.versions("facebook", object_id)

    def emails(self) -> list[Path]:
        return sorted(self.server.outbox.glob("*.eml"))

    def export(self, tmp: Path) -> list[dict[str, Any]]:
        out = tmp / "export.jsonl"
        since = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kommunvakt.cli.main",
                "export",
                "--since",
                since,
                "--endpoint-url",
                self.server.aws_endpoint,
                "--out",
                str(out),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    outbox = tmp_path_factory.mktemp("outbox")
    server = ServerProcess(
        port=free_port(),
        aws_port=free_port(),
        outbox=outbox,
        cwd=REPO,
        secrets={"META_APP_SECRET": SECRET, "INSTAGRAM_APP_SECRET": IG_SECRET},
    )
    try:
        server.wait_ready()
        yield Service(server)
    finally:
        server.interrupt()


def test_banner_tells_where_everything_is(service: Service) -> None:
    output = "\n".join(service.server.lines)
    assert f"{service.server.base_url}/webhooks/facebook" in output
    assert f"{service.server.base_url}/webhooks/instagram" in output
    assert service.server.aws_endpoint in output
    assert str(service.server.outbox) in output
    # Secrets given in the environment are used, and never echoed.
    assert "META_APP_SECRET from the environment" in output
    assert SECRET not in output
    assert "META_VERIFY_TOKEN=dev-verify-token (development default)" in output


def test_handshake_echoes_the_challenge_only_for_the_right_token(service: Service) -> None:
    base = f"{service.server.base_url}/webhooks/facebook?hub.mode=subscribe&hub.challenge=4711"
    with urllib.request.urlopen(f"{base}&hub.verify_token=dev-verify-token", timeout=10) as r:
        assert (r.status, r.read()) == (200, b"4711")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{base}&hub.verify_token=wrong", timeout=10)
    assert refused.value.code == 403


def test_clean_comment_is_recorded_and_mails_nobody(service: Service) -> None:
    comment = "900000000100001"
    reply = service.post(
        _comment(comment, "Hej! När öppnar återvinningscentralen på lördag?", 1741100000)
    )
    assert reply.status == 200
    _wait_for(lambda: bool(service.versions(_object_id(comment))), 10, "the clean record")
    (record,) = service.versions(_object_id(comment))
    assert record.decision.action.value == "allow"
    assert record.decision.escalations == ()
    assert not [p for p in service.emails() if _object_id(comment) in p.name]


def test_personnummer_is_escalated_within_two_seconds_and_masked(service: Service) -> None:
    comment = "900000000100002"
    text = f"Jag har sökt bygglov tre gånger och ingen svarar. Mitt personnummer är {PERSONNUMMER}!"
    body = _comment(comment, text, 1741100600, name=AUTHOR_NAME)
    started = time.monotonic()
    assert service.post(body).status == 200
    mailer = OutboxMailer(service.server.outbox)

    def recorded_and_mailed() -> bool:
        records = service.versions(_object_id(comment))
        return bool(records) and mailer.path_for(records[0].mail_id(KONTAKTCENTER)).exists()

    _wait_for(recorded_and_mailed, 10, "the personnummer record and its e-mail")
    elapsed = time.monotonic() - started
    (record,) = service.versions(_object_id(comment))
    assert "confidential" in [c.value for c in record.decision.categories]
    assert "sensitive_information" in [e.value for e in record.decision.escalations]
    assert elapsed < 2.0, f"record and e-mail took {elapsed:.2f} s"
    path = mailer.path_for(record.mail_id(KONTAKTCENTER))
    message = read_message(path)
    assert "kontaktcenter" in message["To"]
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and html is not None
    shown = f"{message['Subject']}\n{plain.get_content()}\n{html.get_content()}"
    for secret in (PERSONNUMMER, PERSONNUMMER.replace("-", ""), "811218-9876", AUTHOR_NAME):
        assert secret not in shown


def test_threat_is_removed_and_escalated_to_kontaktcenter(service: Service) -> None:
    comment = "900000000100003"
    assert service.post(_comment(comment, "Jag ska döda dig", 1741100900)).status == 200
    _wait_for(lambda: bool(service.versions(_object_id(comment))), 10, "the threat record")
    (record,) = service.versions(_object_id(comment))
    assert record.decision.action.value == "remove"
    assert "crime" in [c.value for c in record.decision.categories]
    assert "police_report" in [e.value for e in record.decision.escalations]
    mailer = OutboxMailer(service.server.outbox)
    _wait_for(
        lambda: mailer.path_for(record.mail_id(KONTAKTCENTER)).exists(),
        10,
        "the police_report e-mail",
    )
    # The action step (dry-run) logs the action and the record's reference, not the ids.
    _wait_for(
        lambda: any(" action would hide facebook ref-" in ln for ln in list(service.server.lines)),
        10,
        "the dry-run hide line",
    )
    assert _object_id(comment) not in "\n".join(service.server.lines)


def test_forged_signature_is_refused(service: Service) -> None:
    comment = "900000000100004"
    reply = service.post(_comment(comment, "Falsk avsändare", 1741101200), secret="not-the-secret")
    assert reply.status == 401
    # Signed for Facebook but sent to the Instagram webhook: a different key, also refused.
    assert (
        service.post(_comment(comment, "Fel nyckel", 1741101200), platform="instagram").status
        == 401
    )


def test_duplicate_delivery_and_edit_give_one_record_per_version(service: Service) -> None:
    comment = "900000000100005"
    original = _comment(comment, "Varför är inte cykelvägen plogad?", 1741101500)
    assert service.post(original).status == 200
    assert service.post(original).status == 200  # Meta redelivers the same body
    edited = _comment(
        comment, "Varför är inte cykelvägen plogad? Nu igen!", 1741101500, verb="edited"
    )
    assert service.post(edited).status == 200
    _wait_for(lambda: len(service.versions(_object_id(comment))) >= 2, 10, "both versions")
    time.sleep(1.0)  # give a wrongly duplicated delivery the chance to show up
    verbs = sorted(r.event.verb.value for r in service.versions(_object_id(comment)))
    assert verbs == ["add", "edited"]


def test_export_and_outbox_agree_with_what_was_sent(service: Service, tmp_path: Path) -> None:
    # Runs after the tests above (file order); waits for their e-mails to settle first.
    mailer = OutboxMailer(service.server.outbox)

    def all_mailed(records: list[dict[str, Any]]) -> bool:
        return all(
            mailer.path_for(f"{r['record_id']}|mail|{KONTAKTCENTER}").exists()
            for r in records
            if r["decision"]["escalations"]
        )

    records: list[dict[str, Any]] = []

    def settled() -> bool:
        nonlocal records
        # Action and override lines sit beside the versions; this test is about versions.
        records = [r for r in service.export(tmp_path) if r["type"] == "version"]
        return all_mailed(records)

    _wait_for(settled, 20, "every escalation to be mailed")
    ids = [r["event"]["object_id"] for r in records]
    assert _object_id("900000000100004") not in ids  # the forged one left no record
    keys = [(r["pk"], r["sk"]) for r in records]
    assert len(keys) == len(set(keys))  # one line per object version
    for r in records:
        assert r["pk"] == record_pk(r["event"]["platform"], r["event"]["object_id"])
        assert {"event", "decision", "version", "overrides"} <= r.keys()
    expected = {
        mailer.path_for(f"{r['record_id']}|mail|{KONTAKTCENTER}").name
        for r in records
        if r["decision"]["escalations"]
    }
    # One e-mail per escalated comment (one recipient here), none for anything else.
    assert {p.name for p in service.emails()} == expected
    assert not list(service.server.outbox.glob(".*.tmp"))


def test_decisions_are_logged_without_the_text(service: Service) -> None:
    lines = [line for line in service.server.lines if " decision " in line]
    assert any(" ref-" in line and "action=allow" in line for line in lines)
    output = "\n".join(service.server.lines)
    # A reference (hash of the record id) stands for the record: no id from a body either.
    for text in (
        "återvinningscentralen",
        PERSONNUMMER,
        AUTHOR_NAME,
        "cykelvägen",
        _object_id("900000000100001"),
    ):
        assert text not in output


def test_ctrl_c_stops_everything_and_frees_the_ports(tmp_path: Path) -> None:
    server = ServerProcess(
        port=free_port(), aws_port=free_port(), outbox=tmp_path / "outbox", cwd=REPO
    )
    try:
        server.wait_ready()
        assert listening(server.port) and listening(server.aws_port)
        started = time.monotonic()
        code = server.interrupt(timeout=30)
    finally:
        server.kill()
    assert code == 0
    assert time.monotonic() - started < 10
    assert not listening(server.port)
    assert not listening(server.aws_port)
    assert "Stopped" in "\n".join(server.lines)


def test_a_bad_content_length_is_answered_400(service: Service) -> None:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", service.server.port, timeout=10)
    try:
        conn.putrequest("POST", "/webhooks/facebook")
        conn.putheader("Content-Length", "tio")
        conn.endheaders()
        assert conn.getresponse().status == 400
    finally:
        conn.close()


def _start(tmp_path: Path, *extra: str) -> Service:
    server = ServerProcess(
        port=free_port(),
        aws_port=free_port(),
        outbox=tmp_path / "outbox",
        cwd=REPO,
        secrets={"META_APP_SECRET": SECRET, "INSTAGRAM_APP_SECRET": IG_SECRET},
        extra_args=("--data", str(tmp_path / "data"), *extra),
    )
    server.wait_ready()
    return Service(server)


def test_records_survive_a_restart_and_fresh_starts_empty(tmp_path: Path) -> None:
    comment = "900000000700001"
    first = _start(tmp_path)
    try:
        assert first.post(_comment(comment, "När öppnar simhallen?", 1740990000)).status == 200
        _wait_for(lambda: len(first.versions(_object_id(comment))) == 1, 20, "the record")
    finally:
        assert first.server.interrupt(timeout=30) == 0
    assert f"Data: kept in {tmp_path / 'data'}" in "\n".join(first.server.lines)
    again = _start(tmp_path)
    try:
        assert len(again.versions(_object_id(comment))) == 1
        assert "restored 1 record(s)" in "\n".join(again.server.lines)
    finally:
        again.server.interrupt(timeout=30)
    fresh = _start(tmp_path, "--fresh")
    try:
        assert fresh.versions(_object_id(comment)) == []
    finally:
        fresh.server.interrupt(timeout=30)
