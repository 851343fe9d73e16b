"""template.yaml: the properties the issue demands, read from the template itself, and the
events/ samples accepted by the handlers they are for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import moderate
import notify
import redrive
import webhook
from kommunvakt.infra.template_resources import load_template
from tests.pipeline.conftest import ROOT, TEMPLATE, FakeContext, Stack

EVENTS = ROOT / "events"


def _resources(kind: str) -> dict[str, Any]:
    res = load_template(TEMPLATE)["Resources"]
    return {k: v for k, v in res.items() if v["Type"] == kind}


def test_every_queue_with_work_has_a_dlq_and_every_dlq_an_alarm() -> None:
    queues = _resources("AWS::SQS::Queue")
    work = {k: v for k, v in queues.items() if "RedrivePolicy" in v["Properties"]}
    assert set(work) == {"ModerationQueue", "EmailQueue", "ActionQueue"}
    dlqs = {
        v["Properties"]["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][0]
        for v in work.values()
    }
    alarmed = {
        a["Properties"]["Dimensions"][0]["Value"]["Fn::GetAtt"][0]
        for a in _resources("AWS::CloudWatch::Alarm").values()
        if a["Properties"]["Namespace"] == "AWS/SQS"
        and a["Properties"]["MetricName"] == "ApproximateNumberOfMessagesVisible"
    }
    # The scheduled functions' failed runs land in a DLQ of their own (OnFailure).
    on_failure = {
        f["Properties"]["EventInvokeConfig"]["DestinationConfig"]["OnFailure"]["Destination"][
            "Fn::GetAtt"
        ][0]
        for f in _resources("AWS::Serverless::Function").values()
        if "EventInvokeConfig" in f["Properties"]
    }
    assert dlqs == {"ModerationDLQ", "EmailDLQ", "ActionDLQ"}
    assert on_failure == {"DigestDLQ", "RedriveDLQ"}
    assert alarmed == dlqs | on_failure
    aged = {
        a["Properties"]["Dimensions"][0]["Value"]["Fn::GetAtt"][0]
        for a in _resources("AWS::CloudWatch::Alarm").values()
        if a["Properties"]["MetricName"] == "ApproximateAgeOfOldestMessage"
    }
    assert aged == set(work)


def test_table_is_on_demand_with_point_in_time_recovery() -> None:
    (table,) = _resources("AWS::DynamoDB::Table").values()
    props = table["Properties"]
    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert props["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert table["DeletionPolicy"] == "Retain"


def test_functions_are_arm64_python313_and_webhook_has_reserved_concurrency() -> None:
    template = load_template(TEMPLATE)
    glob = template["Globals"]["Function"]
    assert glob["Runtime"] == "python3.13" and glob["Architectures"] == ["arm64"]
    functions = _resources("AWS::Serverless::Function")
    assert {f["Properties"]["Handler"] for f in functions.values()} == {
        "webhook.lambda_handler",
        "moderate.lambda_handler",
        "notify.lambda_handler",
        "act.lambda_handler",
        "review.lambda_handler",
        "digest.lambda_handler",
        "redrive.lambda_handler",
    }
    assert "ReservedConcurrentExecutions" in functions["WebhookFunction"]["Properties"]
    layer = template["Resources"]["SharedLayer"]
    # Built by shared/Makefile: arm64 wheels for 3.13 and bytecode compiled at build time,
    # because Lambda's /opt is read-only and would otherwise recompile on every cold start.
    assert layer["Metadata"]["BuildMethod"] == "makefile"
    assert layer["Properties"]["CompatibleRuntimes"] == ["python3.13"]
    recipe = (TEMPLATE.parent / "shared" / "Makefile").read_text(encoding="utf-8")
    assert "build-SharedLayer:" in recipe
    assert "manylinux2014_aarch64" in recipe and "PY_VERSION ?= 3.13" in recipe
    assert "compileall" in recipe and "unchecked-hash" in recipe


def test_no_secret_value_is_in_the_template() -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    for name in ("META_APP_SECRET:", "INSTAGRAM_APP_SECRET:", "META_VERIFY_TOKEN:"):
        assert name not in text
    assert "norrsjo-test-app-secret" not in text


def _event(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EVENTS / name).read_text(encoding="utf-8"))
    return data


def test_events_folder_has_a_working_sample_for_every_function(
    stack: Stack, fake_engine: None
) -> None:
    assert webhook.lambda_handler(_event("webhook_handshake.json"), FakeContext())["body"] == (
        "1158201444"
    )
    for name in ("webhook_facebook_comment_edited.json", "webhook_instagram_comment.json"):
        assert webhook.lambda_handler(_event(name), FakeContext())["statusCode"] == 200
    assert moderate.lambda_handler(_event("moderate_sqs.json"), FakeContext()) == {
        "batchItemFailures": []
    }
    assert notify.lambda_handler(_event("notify_sqs.json"), FakeContext()) == {
        "batchItemFailures": []
    }
    assert len(stack.sent_emails()) == 1
    assert redrive.lambda_handler(_event("redrive_schedule.json"), FakeContext()) == {
        "moved": 0,
        "kept": 0,
        "escalations_requeued": 0,
    }
    assert sorted(p.name for p in EVENTS.glob("*.json")) == sorted(
        [
            "moderate_sqs.json",
            "notify_sqs.json",
            "redrive_schedule.json",
            "webhook_facebook_comment_edited.json",
            "webhook_handshake.json",
            "webhook_instagram_comment.json",
        ]
    )


def test_template_is_the_one_source_of_tables_and_queues(stack: Stack) -> None:
    names = stack.dynamodb.list_tables()["TableNames"]
    assert names == [stack.table]
    desc = stack.dynamodb.describe_table(TableName=stack.table)["Table"]
    assert {i["IndexName"] for i in desc["GlobalSecondaryIndexes"]} == {
        "ByAuthor",
        "ByDay",
        "PendingEscalations",
    }
    attrs = stack.sqs.get_queue_attributes(
        QueueUrl=stack.moderation_queue, AttributeNames=["RedrivePolicy"]
    )["Attributes"]
    assert json.loads(attrs["RedrivePolicy"])["deadLetterTargetArn"].endswith("ModerationDLQ")
    assert Path(TEMPLATE).exists()
