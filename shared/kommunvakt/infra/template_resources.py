"""Create the template's tables and queues with boto3, so tests and the local run never
declare them a second time.

Reads template.yaml (CloudFormation short-form tags understood), creates every
`AWS::DynamoDB::Table` and `AWS::SQS::Queue` (dead-letter queues first, redrive policies
as declared), and resolves the functions' environment and SQS event sources the way
CloudFormation would. Only the intrinsic functions the template uses are supported; an
unknown one raises instead of guessing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ACCOUNT_ID = "123456789012"
_QUEUE_ATTRIBUTES = (
    "VisibilityTimeout",
    "MessageRetentionPeriod",
    "DelaySeconds",
    "ReceiveMessageWaitTimeSeconds",
    "MaximumMessageSize",
)


class TemplateError(ValueError):
    """The template uses something this provisioner cannot resolve; names the construct."""


@dataclass(frozen=True)
class SqsTrigger:
    function: str
    """The handler module, e.g. `moderate` for `moderate.lambda_handler`."""
    queue_url: str
    batch_size: int
    max_receive_count: int | None
    dlq_url: str | None
    report_batch_item_failures: bool


@dataclass
class Provisioned:
    env: dict[str, str]
    """Union of the environment of every function (Globals plus each function's own)."""
    sqs_triggers: list[SqsTrigger]
    function_env: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per handler module: exactly the environment the template gives that function."""
    tables: dict[str, str] = field(default_factory=dict)
    """Logical id -> table name."""
    queues: dict[str, str] = field(default_factory=dict)
    """Logical id -> queue URL."""


def load_template(path: Path) -> dict[str, Any]:
    import yaml

    class _Loader(yaml.SafeLoader):  # type: ignore[misc]
        pass

    def _tag(tag: str) -> None:
        name = "Ref" if tag == "Ref" else f"Fn::{tag}"

        def construct(loader: yaml.SafeLoader, node: yaml.Node) -> dict[str, Any]:
            value: Any
            if isinstance(node, yaml.ScalarNode):
                value = loader.construct_scalar(node)
                if tag == "GetAtt":
                    value = str(value).split(".", 1)
            elif isinstance(node, yaml.SequenceNode):
                value = loader.construct_sequence(node, deep=True)
            else:
                value = loader.construct_mapping(node, deep=True)
            return {name: value}

        _Loader.add_constructor(f"!{tag}", construct)

    for tag in (
        "Ref", "GetAtt", "Sub", "Join", "If", "Not", "Equals", "And", "Or", "Select",
        "Split", "FindInMap", "ImportValue", "GetAZs", "Condition", "Base64",
    ):  # fmt: skip
        _tag(tag)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    if not isinstance(data, dict):
        raise TemplateError(f"{path}: not a template")
    return data


class _Resolver:
    def __init__(
        self,
        template: Mapping[str, Any],
        region: str,
        stack_name: str,
        parameters: Mapping[str, str],
    ) -> None:
        self.resources: Mapping[str, Any] = template.get("Resources", {})
        self.params: dict[str, str] = {}
        for name, spec in template.get("Parameters", {}).items():
            if name in parameters:
                self.params[name] = parameters[name]
            elif "Default" in spec:
                self.params[name] = str(spec["Default"])
            else:
                self.params[name] = ""
        self.pseudo = {
            "AWS::Region": region,
            "AWS::AccountId": ACCOUNT_ID,
            "AWS::StackName": stack_name,
            "AWS::Partition": "aws",
            "AWS::URLSuffix": "amazonaws.com",
        }
        self.tables: dict[str, str] = {}
        self.queue_urls: dict[str, str] = {}
        self.queue_names: dict[str, str] = {}
        self.region = region
        self.stack_name = stack_name

    def physical_name(self, logical: str) -> str:
        return f"{self.stack_name}-{logical}"

    def resolve(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if not isinstance(value, dict):
            return value
        if len(value) != 1:
            return {k: self.resolve(v) for k, v in value.items()}
        ((key, arg),) = value.items()
        if key == "Ref":
            return self.ref(str(arg))
        if key == "Fn::GetAtt":
            return self.get_att(str(arg[0]), str(arg[1]))
        if key == "Fn::Sub":
            return self.sub(arg)
        if key == "Fn::Join":
            sep, items = arg
            return str(sep).join(str(self.resolve(i)) for i in items)
        if key.startswith("Fn::"):
            raise TemplateError(f"unsupported intrinsic function {key}")
        return {key: self.resolve(arg)}

    def ref(self, name: str) -> str:
        if name in self.pseudo:
            return self.pseudo[name]
        if name in self.params:
            return self.params[name]
        if name in self.tables:
            return self.tables[name]
        if name in self.queue_urls:
            return self.queue_urls[name]
        if name in self.resources:
            return self.physical_name(name)
        raise TemplateError(f"Ref to unknown name {name!r}")

    def get_att(self, logical: str, attribute: str) -> str:
        if logical in self.queue_names:
            name = self.queue_names[logical]
            if attribute == "Arn":
                return f"arn:aws:sqs:{self.region}:{ACCOUNT_ID}:{name}"
            if attribute == "QueueName":
                return name
            if attribute == "QueueUrl":
                return self.queue_urls[logical]
        if logical in self.tables and attribute == "Arn":
            return f"arn:aws:dynamodb:{self.region}:{ACCOUNT_ID}:table/{self.tables[logical]}"
        if logical in self.resources:
            return f"{self.physical_name(logical)}.{attribute}"
        raise TemplateError(f"GetAtt {logical}.{attribute} cannot be resolved")

    def sub(self, arg: Any) -> str:
        text, variables = (arg, {}) if isinstance(arg, str) else (arg[0], arg[1])

        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in variables:
                return str(self.resolve(variables[name]))
            if "." in name and not name.startswith("AWS::"):
                logical, attribute = name.split(".", 1)
                return self.get_att(logical, attribute)
            return self.ref(name)

        return re.sub(r"\$\{([^}!]+)\}", one, str(text))


def provision_from_template(
    template_path: Path,
    *,
    endpoint_url: str | None = None,
    region: str = "eu-north-1",
    stack_name: str = "kommunvakt",
    parameters: Mapping[str, str] | None = None,
) -> Provisioned:
    """Create the template's tables and queues (idempotent: existing ones are reused)."""
    import boto3

    template = load_template(Path(template_path))
    res = _Resolver(template, region, stack_name, parameters or {})
    resources: Mapping[str, Any] = template.get("Resources", {})

    dynamodb = boto3.client("dynamodb", region_name=region, endpoint_url=endpoint_url)
    sqs = boto3.client("sqs", region_name=region, endpoint_url=endpoint_url)

    for logical, spec in resources.items():
        if spec.get("Type") == "AWS::DynamoDB::Table":
            props = spec.get("Properties", {})
            name = str(res.resolve(props.get("TableName", res.physical_name(logical))))
            res.tables[logical] = name
            _create_table(dynamodb, name, props, res)

    queues = [(k, v) for k, v in resources.items() if v.get("Type") == "AWS::SQS::Queue"]
    # Dead-letter queues have no redrive policy of their own: create them first.
    queues.sort(key=lambda kv: "RedrivePolicy" in kv[1].get("Properties", {}))
    max_receive: dict[str, int] = {}
    dlq_of: dict[str, str] = {}
    for logical, spec in queues:
        props = spec.get("Properties", {})
        name = str(res.resolve(props.get("QueueName", res.physical_name(logical))))
        attributes = {a: str(res.resolve(props[a])) for a in _QUEUE_ATTRIBUTES if a in props}
        if "RedrivePolicy" in props:
            redrive = res.resolve(props["RedrivePolicy"])
            count = int(redrive["maxReceiveCount"])
            attributes["RedrivePolicy"] = json.dumps(
                {"deadLetterTargetArn": redrive["deadLetterTargetArn"], "maxReceiveCount": count}
            )
            max_receive[logical] = count
            dlq_name = str(redrive["deadLetterTargetArn"]).rsplit(":", 1)[-1]
            dlq_of[logical] = next(k for k, n in res.queue_names.items() if n == dlq_name)
        created = sqs.create_queue(QueueName=name, Attributes=attributes)  # type: ignore[arg-type]
        url = created["QueueUrl"]
        res.queue_names[logical] = name
        res.queue_urls[logical] = url

    globals_env = template.get("Globals", {}).get("Function", {}).get("Environment", {})
    base = {k: str(res.resolve(v)) for k, v in globals_env.get("Variables", {}).items()}
    env: dict[str, str] = dict(base)
    function_env: dict[str, dict[str, str]] = {}
    triggers: list[SqsTrigger] = []
    arn_to_queue = {res.get_att(q, "Arn"): q for q in res.queue_names}
    for _logical, spec in resources.items():
        if spec.get("Type") != "AWS::Serverless::Function":
            continue
        props = spec.get("Properties", {})
        module = str(props.get("Handler", "")).split(".", 1)[0]
        own = props.get("Environment", {}).get("Variables", {})
        fenv = base | {k: str(res.resolve(v)) for k, v in own.items()}
        function_env[module] = fenv
        env.update(fenv)
        for event in props.get("Events", {}).values():
            if event.get("Type") != "SQS":
                continue
            eprops = event.get("Properties", {})
            queue = arn_to_queue[str(res.resolve(eprops["Queue"]))]
            dlq = dlq_of.get(queue)
            triggers.append(
                SqsTrigger(
                    function=module,
                    queue_url=res.queue_urls[queue],
                    batch_size=int(eprops.get("BatchSize", 10)),
                    max_receive_count=max_receive.get(queue),
                    dlq_url=res.queue_urls[dlq] if dlq else None,
                    report_batch_item_failures="ReportBatchItemFailures"
                    in eprops.get("FunctionResponseTypes", []),
                )
            )
    return Provisioned(
        env=env,
        sqs_triggers=triggers,
        function_env=function_env,
        tables=dict(res.tables),
        queues=dict(res.queue_urls),
    )


def _create_table(client: Any, name: str, props: Mapping[str, Any], res: _Resolver) -> None:
    request: dict[str, Any] = {
        "TableName": name,
        "AttributeDefinitions": res.resolve(props["AttributeDefinitions"]),
        "KeySchema": res.resolve(props["KeySchema"]),
        "BillingMode": props.get("BillingMode", "PAY_PER_REQUEST"),
    }
    if props.get("GlobalSecondaryIndexes"):
        request["GlobalSecondaryIndexes"] = res.resolve(props["GlobalSecondaryIndexes"])
    if request["BillingMode"] == "PROVISIONED":
        request["ProvisionedThroughput"] = res.resolve(props["ProvisionedThroughput"])
    try:
        client.create_table(**request)
    except client.exceptions.ResourceInUseException:
        return
    client.get_waiter("table_exists").wait(
        TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 60}
    )
    ttl = props.get("TimeToLiveSpecification")
    if ttl and ttl.get("Enabled"):
        client.update_time_to_live(
            TableName=name,
            TimeToLiveSpecification={"Enabled": True, "AttributeName": ttl["AttributeName"]},
        )
