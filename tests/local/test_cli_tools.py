"""`send`, `demo` and `export` details a user relies on, without starting a server."""

from __future__ import annotations

import argparse
import base64
import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kommunvakt.app.meta import parse_body
from kommunvakt.app.webhook import signature_valid
from kommunvakt.cli.demo import SAMPLES, webhooks
from kommunvakt.cli.export import since_arg, until_arg, write_jsonl
from kommunvakt.domain.models import Platform
from kommunvakt.local.client import encode_like_meta, platform_of, signature


def test_send_signs_as_the_webhook_verifies() -> None:
    body = (SAMPLES / "04_facebook_comment_threat.json").read_bytes()
    header = signature(body, "s3cret")
    assert header.startswith("sha256=")
    assert signature_valid(body, header, b"s3cret")
    assert not signature_valid(body, header, b"other")
    assert not signature_valid(body + b" ", header, b"s3cret")


def test_shipped_samples_look_like_meta_and_parse_into_events() -> None:
    replays = webhooks(SAMPLES)
    assert len(replays) >= 6
    platforms = set()
    for replay in replays:
        raw = replay.body
        # Meta's encoding: ASCII only, escaped slashes; re-encoding the parsed body gives it back.
        assert raw.isascii()
        assert b"https://" not in raw
        assert encode_like_meta(json.loads(raw)) == raw
        parsed = parse_body(raw)
        assert parsed.events, replay.name
        platforms.add(platform_of(raw))
    assert platforms == {Platform.FACEBOOK, Platform.INSTAGRAM}


def test_demo_replays_webhooks_and_http_test_events_but_nothing_else(tmp_path: Path) -> None:
    body = encode_like_meta({"object": "instagram", "entry": []})
    (tmp_path / "a_webhook.json").write_bytes(encode_like_meta({"object": "page", "entry": []}))
    http_event = {
        "rawPath": "/webhooks/instagram",
        "requestContext": {"http": {"method": "POST"}},
        "body": base64.b64encode(body).decode(),
        "isBase64Encoded": True,
    }
    (tmp_path / "b_http_event.json").write_text(json.dumps(http_event))
    handshake = {"requestContext": {"http": {"method": "GET"}}, "rawPath": "/webhooks/facebook"}
    (tmp_path / "c_handshake.json").write_text(json.dumps(handshake))
    (tmp_path / "d_sqs_event.json").write_text(json.dumps({"Records": []}))
    (tmp_path / "e_broken.json").write_text("{")
    found = webhooks(tmp_path)
    assert [(r.name, r.platform) for r in found] == [
        ("a_webhook.json", Platform.FACEBOOK),
        ("b_http_event.json", Platform.INSTAGRAM),
    ]
    assert found[1].body == body  # the exact bytes Meta signed, not a re-serialisation


def test_export_dates_are_whole_local_days() -> None:
    since, until = since_arg("2025-03-01"), until_arg("2025-03-01")
    assert until - since == timedelta(days=1)
    assert since.tzinfo is not None
    assert (since.hour, since.minute) == (0, 0)
    today = since_arg("today")
    assert today.date() == datetime.now().date()
    assert since_arg("2025-03-01T12:30+01:00").utcoffset() == timedelta(hours=1)
    with pytest.raises(argparse.ArgumentTypeError):
        since_arg("1 mars")


def test_export_lines_keep_swedish_text_readable() -> None:
    out = io.StringIO()
    count = write_jsonl([{"event": {"text": "Hej från Åre"}}, {"event": {"text": "två"}}], out)
    lines = out.getvalue().splitlines()
    assert count == len(lines) == 2
    assert "Hej från Åre" in lines[0]
    assert json.loads(lines[1]) == {"event": {"text": "två"}}
