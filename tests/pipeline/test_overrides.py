"""People have the last word: overrides are new records, restore sends the unhide, and the
`kommunvakt review` command does both from a terminal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.adapters.sqs import QueuePublisher
from kommunvakt.app.review import OverrideError, OverrideKind, OverrideService
from kommunvakt.cli.main import main
from kommunvakt.domain.models import Platform
from tests.pipeline.conftest import Stack, comment_body, sample, signed_post
from tests.pipeline.fakes import FakeMeta
from tests.pipeline.test_actions import THREAT, _ledger, _live, _wire

COMMENT_ID = "122098765432101234_1187654321090001"


@pytest.fixture
def hidden(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> tuple[FakeMeta, str]:
    meta = _wire(stack, monkeypatch, _live())
    assert stack.webhook(signed_post("facebook", comment_body(THREAT)))["statusCode"] == 200
    stack.run()
    (record,) = RecordStore(stack.table).versions(Platform.FACEBOOK, COMMENT_ID)
    return meta, record.record_id


def test_restore_is_a_new_record_and_sends_the_unhide(
    stack: Stack, hidden: tuple[FakeMeta, str]
) -> None:
    meta, record_id = hidden
    store = RecordStore(stack.table)
    pk, sk = record_id.split("|")
    before = stack.dynamodb.get_item(TableName=stack.table, Key={"PK": {"S": pk}, "SK": {"S": sk}})
    service = OverrideService(store, QueuePublisher(stack.action_queue))
    service.apply(
        pk, sk, OverrideKind.RESTORE, by="anna@kommun.example", via="review-page",
        reason="Ironi, inget hot",
    )  # fmt: skip
    stack.act_all()
    assert meta.calls[-1] == ("POST", f"/v21.0/{COMMENT_ID}", {"is_hidden": ["false"]})
    after = stack.dynamodb.get_item(TableName=stack.table, Key={"PK": {"S": pk}, "SK": {"S": sk}})
    assert after["Item"] == before["Item"]  # the machine's decision is untouched
    (override,) = store.overrides(pk, sk)
    assert (override.kind, override.by, override.reason) == (
        "restore",
        "anna@kommun.example",
        "Ironi, inget hot",
    )
    unhide = [r for r in _ledger(stack) if r["type"] == "action_result" and r["action"] == "unhide"]
    assert unhide[0]["outcome"] == "done"
    now = datetime.now(UTC)
    exported = list(store.iter_records(now - timedelta(hours=1), now + timedelta(seconds=5)))
    assert [r["kind"] for r in exported if r["type"] == "override"] == ["restore"]


def test_two_overrides_both_stay(stack: Stack, hidden: tuple[FakeMeta, str]) -> None:
    _, record_id = hidden
    pk, sk = record_id.split("|")
    service = OverrideService(RecordStore(stack.table), None)
    service.apply(pk, sk, OverrideKind.CONFIRM, by="a@k.se", via="cli", reason="hot")
    service.apply(pk, sk, OverrideKind.POLICE_HANDLED, by="b@k.se", via="cli", reason="anmält")
    kinds = [o.kind for o in RecordStore(stack.table).overrides(pk, sk)]
    assert kinds == ["confirm", "police_handled"]


def test_block_on_instagram_is_refused_with_a_reason(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    _wire(stack, monkeypatch, _live())
    stack.webhook(signed_post("instagram", sample("instagram_comment.json")))
    stack.run()
    (record,) = RecordStore(stack.table).versions(Platform.INSTAGRAM, "17987654321012345")
    with pytest.raises(OverrideError, match="Instagram"):
        OverrideService(RecordStore(stack.table), None).apply(
            record.pk, record.sk, OverrideKind.BLOCK_APPROVED, by="a@k.se", via="cli"
        )


def test_cli_restore_show_and_list(
    stack: Stack, hidden: tuple[FakeMeta, str], capsys: pytest.CaptureFixture[str]
) -> None:
    meta, record_id = hidden
    code = main(["review", "restore", f"facebook:{COMMENT_ID}", "--reason", "Felbedömt",
                 "--by", "admin@kommun.example"])  # fmt: skip
    assert code == 0
    stack.act_all()
    assert meta.calls[-1][2] == {"is_hidden": ["false"]}
    capsys.readouterr()
    assert main(["review", "show", record_id]) == 0
    shown = capsys.readouterr().out
    assert "hide facebook" in shown and ": done" in shown
    assert "restore by admin@kommun.example via cli: Felbedömt" in shown
    assert main(["review", "list"]) == 0
    assert record_id in capsys.readouterr().out


def test_cli_refuses_an_unknown_record(stack: Stack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "show", "facebook:999_999"]) == 2
    assert "no judged version" in capsys.readouterr().err
