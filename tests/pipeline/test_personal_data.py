"""Personal data stays out of e-mails, exports and logs unless a person asks for it."""

from __future__ import annotations

import argparse
import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kommunvakt.cli import export
from tests.pipeline.conftest import KONTAKTCENTER, REGION, Stack, comment_body, signed_post

THREAT = (
    "Jag ska döda dig. Anna Svensson på Storgatan 12 har cancer, hon äger Vallentuna Kragsta 1:23."
)
PNR = "Min son har personnummer 19811218-9876 och behöver hjälp."


def test_escalation_email_masks_names_addresses_property_and_health(
    stack: Stack, fake_engine: None
) -> None:
    body = comment_body(THREAT, author_name="Karin Bergström")
    assert stack.webhook(signed_post("facebook", body))["statusCode"] == 200
    stack.run()
    (sent,) = stack.emails_to(KONTAKTCENTER)
    for clear in ("Anna Svensson", "Storgatan 12", "cancer", "Kragsta 1:23", "Karin Bergström"):
        assert clear not in sent.body, clear
    assert "Text (maskerad)" in sent.body
    assert "[hälsouppgift]" in sent.body


def _export(stack: Stack, tmp_path: Path, *extra: str) -> list[dict[str, object]]:
    out = tmp_path / "records.jsonl"
    parser = argparse.ArgumentParser()
    export.configure(parser)
    now = datetime.now(UTC)
    args = parser.parse_args(
        [
            "--since",
            (now - timedelta(hours=1)).isoformat(),
            "--until",
            (now + timedelta(minutes=5)).isoformat(),
            "--table",
            stack.table,
            "--region",
            REGION,
            "--out",
            str(out),
            *extra,
        ]
    )
    assert export.run(args) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_export_masks_personnummer_and_author_names_unless_unmasked(
    stack: Stack, fake_engine: None, tmp_path: Path
) -> None:
    assert stack.webhook(signed_post("facebook", comment_body(PNR)))["statusCode"] == 200
    stack.run()
    # The version, and next to it the action step's (dry-run) result: one line each.
    lines = _export(stack, tmp_path)
    flat = json.dumps(lines, ensure_ascii=False)
    assert "19811218-9876" not in flat and "1218-9876" not in flat
    assert "Testa Testsson" not in flat
    (masked,) = [line for line in lines if line["type"] == "version"]
    assert masked["masked"] is True
    (clear,) = [
        line for line in _export(stack, tmp_path, "--unmasked") if line["type"] == "version"
    ]
    assert clear["event"]["text"] == PNR  # type: ignore[index]
    assert clear["event"]["author_name"] == "Testa Testsson"  # type: ignore[index]


def test_no_id_or_text_from_a_body_reaches_a_log_line(
    stack: Stack, fake_engine: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    comment_id = "122098765432101234_1187654321094242"
    body = comment_body(PNR, comment_id=comment_id)
    forged = json.loads(body)
    forged["entry"][0]["changes"][0]["value"]["comment_id"] = "1_2\n12:00 decision forged"
    for b in (body, json.dumps(forged).encode()):
        assert stack.webhook(signed_post("facebook", b))["statusCode"] == 200
    stack.run()
    text = "\n".join(
        r.getMessage() + " " + json.dumps(r.__dict__, default=str)
        for r in caplog.records
        if r.name.startswith("kommunvakt")  # ours, not botocore's wire-level DEBUG
    )
    for clear in (comment_id, "1187654321094242", "decision forged", "19811218", "Testa"):
        assert clear not in text, clear
