"""template.yaml as a municipality's security officer reviews it: every function, whichever
branch adds it, has a log group that ages out, a concurrency bound and a dead-letter queue; the
records key covers what holds event text; and each function's DynamoDB writes are the ones
its IAM conditions allow, checked against the calls the code really makes."""

from __future__ import annotations

import copy
import fnmatch
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import botocore.client
import pytest

import redrive
from kommunvakt.infra.template_resources import load_template
from tests.pipeline.conftest import TEMPLATE, Stack, comment_body, signed_post

# Who may write what in RecordsTable (docs/security.md, "Who writes what"). A function not
# listed here may not write to the table at all. Extend it when a function gets a write: its
# template statement must then carry LeadingKeys and Attributes conditions.
TABLE_WRITERS: dict[str, set[str]] = {
    "ModerateFunction": {"dynamodb:PutItem"},
    "NotifyFunction": {"dynamodb:UpdateItem"},
    "ActionFunction": {"dynamodb:PutItem"},
    "ReviewFunction": {"dynamodb:PutItem"},
}
WRITE_ACTIONS = {
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:PartiQLInsert",
    "dynamodb:PartiQLUpdate",
    "dynamodb:PartiQLDelete",
}
# Event sources that invoke asynchronously: a failure is lost unless a DLQ/destination exists.
ASYNC_EVENTS = {"Schedule", "ScheduleV2", "EventBridgeRule", "CloudWatchEvent", "SNS", "S3"}
ACCESS_LOG_FIELDS = {
    "$context.requestId",
    "$context.requestTime",
    "$context.httpMethod",
    "$context.path",
    "$context.status",
    "$context.responseLatency",
}


def _template() -> dict[str, Any]:
    return load_template(TEMPLATE)


def _of_type(template: dict[str, Any], kind: str) -> dict[str, Any]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == kind}


def _ref(value: Any) -> str | None:
    if isinstance(value, dict):
        if "Ref" in value:
            return str(value["Ref"])
        if "Fn::GetAtt" in value:
            return str(value["Fn::GetAtt"][0])
    return None


def _statements(props: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for policy in props.get("Policies", []):
        if isinstance(policy, dict) and "Statement" in policy:
            out.extend(policy["Statement"])
    return out


def _actions(statement: dict[str, Any]) -> list[str]:
    action = statement.get("Action", [])
    return [action] if isinstance(action, str) else list(action)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def function_problems(template: dict[str, Any]) -> list[str]:
    """What a security officer would refuse, per function: one line per problem."""
    res = template["Resources"]
    glob = template.get("Globals", {}).get("Function", {})
    key_policy = res["OperationsKey"]["Properties"]["KeyPolicy"]["Statement"]
    (logs_stmt,) = [
        s for s in key_policy if s.get("Sid") == "CloudWatchLogsEncryptsTheStacksLogGroups"
    ]
    encrypted_groups = {
        s["Fn::Sub"].rsplit("log-group:", 1)[1]
        for s in logs_stmt["Condition"]["ArnEquals"]["kms:EncryptionContext:aws:logs:arn"]
    }
    throttled = {
        _ref(a["Properties"]["Dimensions"][0]["Value"])
        for a in _of_type(template, "AWS::CloudWatch::Alarm").values()
        if a["Properties"]["MetricName"] == "Throttles"
    }
    problems: list[str] = []
    for name, fn in _of_type(template, "AWS::Serverless::Function").items():
        props = fn["Properties"]
        # A log group of the template, kept LogRetentionDays, encrypted by OperationsKey.
        group = _ref(props.get("LoggingConfig", {}).get("LogGroup"))
        spec = res.get(group or "", {})
        if spec.get("Type") != "AWS::Logs::LogGroup":
            problems.append(f"{name}: no log group of its own (LoggingConfig.LogGroup)")
        else:
            gp = spec["Properties"]
            if gp.get("RetentionInDays") != {"Ref": "LogRetentionDays"}:
                problems.append(f"{name}: log group {group} not kept LogRetentionDays")
            if gp.get("LogGroupName", {}).get("Fn::Sub") not in encrypted_groups:
                problems.append(f"{name}: log group {group} not in OperationsKey's policy")
        if (
            props.get("LoggingConfig", {}).get(
                "LogFormat", glob.get("LoggingConfig", {}).get("LogFormat")
            )
            != "JSON"
        ):
            problems.append(f"{name}: logs are not JSON")
        # A concurrency bound: reserved concurrency, or MaximumConcurrency on SQS-only triggers.
        events = props.get("Events", {})
        sqs = [e["Properties"] for e in events.values() if e["Type"] == "SQS"]
        bounded = "ReservedConcurrentExecutions" in props or (
            bool(sqs)
            and len(sqs) == len(events)
            and all("MaximumConcurrency" in e.get("ScalingConfig", {}) for e in sqs)
        )
        if not bounded:
            problems.append(
                f"{name}: no concurrency bound (ReservedConcurrentExecutions, or "
                "ScalingConfig.MaximumConcurrency on every event when all are SQS)"
            )
        # A dead-letter queue for whatever can fail unseen.
        for ename, event in events.items():
            eprops = event.get("Properties", {})
            if event["Type"] == "SQS":
                queue = res.get(_ref(eprops.get("Queue")) or "", {})
                if "RedrivePolicy" not in queue.get("Properties", {}):
                    problems.append(f"{name}: queue of event {ename} has no DLQ (RedrivePolicy)")
            elif event["Type"] in ASYNC_EVENTS:
                on_failure = props.get("EventInvokeConfig", {}).get("DestinationConfig", {})
                if not (
                    "DeadLetterConfig" in eprops
                    or "DeadLetterQueue" in props
                    or "OnFailure" in on_failure
                ):
                    problems.append(f"{name}: async event {ename} has no DLQ or OnFailure")
        # The key policy reaches the function's role only through the Globals RolePath.
        if "Role" in props or "RolePath" in props:
            problems.append(f"{name}: own Role/RolePath (RecordsKey's policy would miss it)")
        statements = _statements(props)
        touches_records = (
            bool(sqs)
            or any(a.startswith("dynamodb:") for s in statements for a in _actions(s))
            or any(
                isinstance(p, dict) and ("SQSSendMessagePolicy" in p or "SQSPollerPolicy" in p)
                for p in props.get("Policies", [])
            )
        )
        kms = {
            a for s in statements if _ref(s.get("Resource")) == "RecordsKey" for a in _actions(s)
        }
        if touches_records and "kms:Decrypt" not in kms:
            problems.append(f"{name}: uses queues/table under RecordsKey without kms:Decrypt")
        if kms - {"kms:Decrypt", "kms:GenerateDataKey"}:
            problems.append(f"{name}: more than kms:Decrypt/GenerateDataKey on RecordsKey")
        if name not in throttled:
            problems.append(f"{name}: no Throttles alarm")
        # DynamoDB writes: only the owners, only with item and attribute conditions.
        for s in statements:
            writes = set(_actions(s)) & WRITE_ACTIONS
            if not writes:
                continue
            if not writes <= TABLE_WRITERS.get(name, set()):
                problems.append(f"{name}: writes {sorted(writes)} it does not own (TABLE_WRITERS)")
            cond = s.get("Condition", {})
            if "dynamodb:LeadingKeys" not in cond.get("ForAllValues:StringLike", {}):
                problems.append(f"{name}: {sorted(writes)} without dynamodb:LeadingKeys")
            if "dynamodb:Attributes" not in cond.get("ForAllValues:StringEquals", {}):
                problems.append(f"{name}: {sorted(writes)} without dynamodb:Attributes")
    return problems


def test_every_function_has_retention_logs_a_concurrency_bound_a_dlq_and_its_key() -> None:
    assert function_problems(_template()) == []


def test_a_function_added_without_them_is_refused() -> None:
    """What another branch's new function must bring: each missing piece is named."""
    template = copy.deepcopy(_template())
    res = template["Resources"]
    update = {
        "Effect": "Allow",
        "Action": "dynamodb:UpdateItem",
        "Resource": {"Fn::GetAtt": ["RecordsTable", "Arn"]},
    }
    daily = {"Type": "ScheduleV2", "Properties": {"ScheduleExpression": "rate(1 day)"}}
    res["NightlyFunction"] = {
        "Type": "AWS::Serverless::Function",
        "Properties": {
            "Handler": "digest.lambda_handler",
            "Policies": [{"Statement": [update]}],
            "Events": {"Daily": daily},
        },
    }
    res["ExtraQueue"] = {"Type": "AWS::SQS::Queue", "Properties": {}}
    res["ExtraFunction"] = copy.deepcopy(res["NotifyFunction"])
    action = res["ExtraFunction"]["Properties"]
    action["Events"]["Email"]["Properties"]["Queue"] = {"Fn::GetAtt": ["ExtraQueue", "Arn"]}
    del action["Events"]["Email"]["Properties"]["ScalingConfig"]
    problems = function_problems(template)
    assert problems == [
        "NightlyFunction: no log group of its own (LoggingConfig.LogGroup)",
        "NightlyFunction: no concurrency bound (ReservedConcurrentExecutions, or "
        "ScalingConfig.MaximumConcurrency on every event when all are SQS)",
        "NightlyFunction: async event Daily has no DLQ or OnFailure",
        "NightlyFunction: uses queues/table under RecordsKey without kms:Decrypt",
        "NightlyFunction: no Throttles alarm",
        "NightlyFunction: writes ['dynamodb:UpdateItem'] it does not own (TABLE_WRITERS)",
        "NightlyFunction: ['dynamodb:UpdateItem'] without dynamodb:LeadingKeys",
        "NightlyFunction: ['dynamodb:UpdateItem'] without dynamodb:Attributes",
        "ExtraFunction: no concurrency bound (ReservedConcurrentExecutions, or "
        "ScalingConfig.MaximumConcurrency on every event when all are SQS)",
        "ExtraFunction: queue of event Email has no DLQ (RedrivePolicy)",
        "ExtraFunction: no Throttles alarm",
        "ExtraFunction: writes ['dynamodb:UpdateItem'] it does not own (TABLE_WRITERS)",
    ]


def test_logs_age_out_after_90_days_by_default_and_every_log_group_is_encrypted() -> None:
    template = _template()
    assert template["Parameters"]["LogRetentionDays"]["Default"] == 90
    groups = _of_type(template, "AWS::Logs::LogGroup")
    assert groups, "no log groups: Lambda would create them without retention"
    for name, group in groups.items():
        assert group["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionDays"}, name
        assert _ref(group["Properties"]["KmsKeyId"]) == "OperationsKey", name


def test_api_access_log_has_method_path_status_latency_id_and_never_body_or_query() -> None:
    template = _template()
    (api,) = _of_type(template, "AWS::Serverless::HttpApi").values()
    settings = api["Properties"]["AccessLogSettings"]
    assert _ref(settings["DestinationArn"]) == "ApiAccessLogGroup"
    fmt = settings["Format"]
    json.loads(re.sub(r"\$context\.[A-Za-z.]+", "x", fmt))  # one JSON object a request
    assert set(re.findall(r"\$context\.[A-Za-z.]+", fmt)) == ACCESS_LOG_FIELDS
    for forbidden in ("body", "query", "identity", "header", "authorizer"):
        assert forbidden not in fmt.lower(), forbidden


def test_records_key_rotates_covers_table_and_every_queue_and_admits_no_one_else() -> None:
    template = _template()
    res = template["Resources"]
    key = res["RecordsKey"]
    assert key["Properties"]["EnableKeyRotation"] is True
    assert key["DeletionPolicy"] == "Retain"  # the retained table must stay readable
    sse = res["RecordsTable"]["Properties"]["SSESpecification"]
    assert sse["SSEType"] == "KMS" and _ref(sse["KMSMasterKeyId"]) == "RecordsKey"
    for name, queue in _of_type(template, "AWS::SQS::Queue").items():
        assert _ref(queue["Properties"].get("KmsMasterKeyId")) == "RecordsKey", name
    statements = key["Properties"]["KeyPolicy"]["Statement"]
    for s in statements:
        principal = s["Principal"]
        assert principal != "*" and principal.get("AWS") != "*", s["Sid"]
        if "AWS" in principal:
            assert principal["AWS"] == {
                "Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"
            }
        crypto = {a for a in _actions(s) if a in ("kms:Decrypt", "kms:GenerateDataKey")}
        if crypto and "AWS" in principal:
            # Cryptographic use only through a service, never a direct Decrypt.
            assert "kms:ViaService" in s["Condition"]["StringEquals"], s["Sid"]
    (functions,) = [
        s for s in statements if s["Sid"] == "StackFunctionsUseTheKeyThroughSqsAndDynamoDb"
    ]
    role_path = template["Globals"]["Function"]["RolePath"]["Fn::Sub"]
    pattern = functions["Condition"]["ArnLike"]["aws:PrincipalArn"]["Fn::Sub"]
    assert pattern.endswith(f":role{role_path}*")


def test_every_work_queue_has_an_age_alarm_and_an_empty_alarm_email_warns() -> None:
    template = _template()
    work = {
        k
        for k, v in _of_type(template, "AWS::SQS::Queue").items()
        if "RedrivePolicy" in v["Properties"]
    }
    aged = {
        _ref(a["Properties"]["Dimensions"][0]["Value"])
        for a in _of_type(template, "AWS::CloudWatch::Alarm").values()
        if a["Properties"]["MetricName"] == "ApproximateAgeOfOldestMessage"
    }
    assert work and work <= aged
    warning = template["Outputs"]["AlarmTopicWarning"]
    assert warning["Condition"] == "NoAlarmEmail"
    assert template["Conditions"]["NoAlarmEmail"] == {"Fn::Equals": [{"Ref": "AlarmEmail"}, ""]}
    assert "no one is subscribed" in warning["Value"]
    assert (
        _ref(template["Resources"]["AlarmTopic"]["Properties"]["KmsMasterKeyId"]) == "OperationsKey"
    )


# --- the code's DynamoDB calls against the template's IAM conditions ---------------------


_FUNCTIONS = (
    "attribute_not_exists",
    "attribute_exists",
    "if_not_exists",
    "list_append",
    "begins_with",
    "contains",
    "size",
    "attribute_type",
)


def _names(expression: str, aliases: dict[str, str]) -> set[str]:
    """Top-level attribute names an update/condition expression touches."""
    text = re.sub(r":[A-Za-z0-9_]+", " ", expression)
    text = re.sub(r"\b(SET|REMOVE|ADD|DELETE|AND|OR|NOT|BETWEEN|IN)\b", " ", text)
    text = re.sub(r"\b(" + "|".join(_FUNCTIONS) + r")\b", " ", text)
    names = set()
    for token in re.findall(r"[#A-Za-z_][#A-Za-z0-9_.\[\]]*", text):
        first = re.split(r"[.\[]", token, maxsplit=1)[0]
        names.add(aliases.get(first, first))
    return names


def _request_context(operation: str, params: dict[str, Any]) -> tuple[str, set[str]]:
    """(leading key, attributes) as DynamoDB puts them into the IAM request context."""
    if operation == "PutItem":
        return params["Item"]["PK"]["S"], set(params["Item"])
    if operation == "Query":  # on the table itself: the partition key's value leads
        return params["ExpressionAttributeValues"][":pk"]["S"], set()
    aliases = params.get("ExpressionAttributeNames", {})
    attrs = set(params["Key"])
    for field in ("UpdateExpression", "ConditionExpression", "ProjectionExpression"):
        if field in params:
            attrs |= _names(params[field], aliases)
    return params["Key"]["PK"]["S"], attrs


def _allowed(statements: list[dict[str, Any]], action: str, pk: str, attrs: set[str]) -> bool:
    for s in statements:
        if action not in _actions(s) or _ref(s.get("Resource")) != "RecordsTable":
            continue
        cond = s.get("Condition", {})
        like = cond.get("ForAllValues:StringLike", {}).get("dynamodb:LeadingKeys")
        if like is not None and not any(fnmatch.fnmatchcase(pk, p) for p in like):
            continue
        equals = cond.get("ForAllValues:StringEquals", {}).get("dynamodb:Attributes")
        if equals is not None and not attrs <= set(equals):
            continue
        return True
    return False


@pytest.fixture
def dynamodb_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, dict[str, Any]]]]:
    calls: list[tuple[str, dict[str, Any]]] = []
    original = botocore.client.BaseClient._make_api_call  # type: ignore[attr-defined]

    def spy(self: Any, operation: str, params: dict[str, Any]) -> Any:
        if self.meta.service_model.service_name == "dynamodb":
            calls.append((operation, copy.deepcopy(params)))
        return original(self, operation, params)

    monkeypatch.setattr(botocore.client.BaseClient, "_make_api_call", spy)
    yield calls


def test_each_functions_dynamodb_calls_are_allowed_by_its_iam_conditions(
    stack: Stack, fake_engine: None, dynamodb_calls: list[tuple[str, dict[str, Any]]]
) -> None:
    """A judged, escalated comment, the scheduled redrive finding its escalation pending, and
    a redelivery, through moderate, redrive and notify: every table call each function makes
    must pass its own statements' conditions, so a new attribute written by the code fails
    here instead of with AccessDenied in production."""
    functions = _of_type(_template(), "AWS::Serverless::Function")
    body = comment_body("Mitt personnummer är 19811218-9876")
    later = datetime.now(UTC) + timedelta(hours=1)
    seen: dict[str, set[str]] = {}
    for module, run in (
        ("webhook", lambda: stack.webhook(signed_post("facebook", body))),
        ("moderate", stack.moderate_all),
        ("redrive", lambda: redrive.run(now=later)),  # the escalation is still pending
        ("notify", stack.notify_all),
        ("webhook", lambda: stack.webhook(signed_post("facebook", body))),  # a redelivery
        ("moderate", stack.moderate_all),
    ):
        dynamodb_calls.clear()
        run()
        (name,) = [
            k
            for k, f in functions.items()
            if f["Properties"]["Handler"] == f"{module}.lambda_handler"
        ]
        statements = _statements(functions[name]["Properties"])
        for operation, params in dynamodb_calls:
            if operation == "Query" and "IndexName" in params:
                continue  # reads on an index, granted without item conditions
            pk, attrs = _request_context(operation, params)
            assert _allowed(statements, f"dynamodb:{operation}", pk, attrs), (
                name,
                operation,
                sorted(attrs),
            )
            seen.setdefault(name, set()).add(operation)
    assert len(stack.sent_emails()) == 1  # queued twice (moderate, redrive), mailed once
    # The run exercised every write path the template grants. moderate finds the redelivered
    # version with its Query before judging, so it neither puts nor reads it back again.
    assert seen == {
        "ModerateFunction": {"Query", "PutItem"},
        "RedriveFunction": {"GetItem"},
        "NotifyFunction": {"GetItem", "UpdateItem"},
    }


def test_notify_may_not_touch_the_public_record_itself() -> None:
    (notify,) = [
        f
        for f in _of_type(_template(), "AWS::Serverless::Function").values()
        if f["Properties"]["Handler"] == "notify.lambda_handler"
    ]
    statements = _statements(notify["Properties"])
    pk = "OBJ#facebook#1_2"
    for attribute in ("event", "decision", "overrides", "action", "categories", "received_at"):
        assert not _allowed(statements, "dynamodb:UpdateItem", pk, {"PK", "SK", attribute})
    assert _allowed(statements, "dynamodb:UpdateItem", pk, {"PK", "SK", "escalations"})
    assert not _allowed(statements, "dynamodb:PutItem", pk, {"PK", "SK"})
    assert not _allowed(statements, "dynamodb:DeleteItem", pk, {"PK", "SK"})
    assert not _allowed(statements, "dynamodb:UpdateItem", "AUTHOR#facebook#1", {"PK", "SK"})
