"""What Lambda gives a handler besides the event: the context object, and one execution
environment per function (invocations of one function never overlap in one environment)."""

from __future__ import annotations

import importlib
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kommunvakt.infra.template_resources import ACCOUNT_ID

Handler = Callable[[dict[str, Any], Any], Any]


@dataclass
class FakeLambdaContext:
    """The attributes of Lambda's context object that handlers and Powertools read."""

    function_name: str
    memory_limit_in_mb: int
    timeout_seconds: float
    region: str
    function_version: str = "$LATEST"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    identity: Any = None
    client_context: Any = None
    _deadline: float = 0.0

    def __post_init__(self) -> None:
        self._deadline = time.monotonic() + self.timeout_seconds

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:{self.region}:{ACCOUNT_ID}:function:{self.function_name}"

    @property
    def log_group_name(self) -> str:
        return f"/aws/lambda/{self.function_name}"

    @property
    def log_stream_name(self) -> str:
        return f"local/[{self.function_version}]{self.aws_request_id}"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@dataclass(frozen=True)
class FunctionSpec:
    """One `AWS::Serverless::Function` of the template, as far as running it locally needs."""

    logical_id: str
    handler: str
    """`module.attribute`, e.g. `webhook.lambda_handler`."""
    timeout_seconds: float = 3.0
    memory_mb: int = 128

    @property
    def module(self) -> str:
        return self.handler.rsplit(".", 1)[0]


class LocalFunction:
    """A function's handler, imported from the same module Lambda imports, invoked one at a
    time: Powertools keeps per-invocation state (logger keys, metrics) in module globals."""

    def __init__(self, spec: FunctionSpec, region: str, handler: Handler | None = None) -> None:
        self.spec = spec
        self.region = region
        self._lock = threading.Lock()
        self._handler = handler
        """Given only by tests; otherwise imported from `spec.handler` on first use."""

    def load(self) -> Handler:
        if self._handler is None:
            module_name, attribute = self.spec.handler.rsplit(".", 1)
            module = importlib.import_module(module_name)
            self._handler = getattr(module, attribute)
        return self._handler

    def invoke(self, event: Mapping[str, Any]) -> Any:
        handler = self.load()
        context = FakeLambdaContext(
            function_name=self.spec.logical_id,
            memory_limit_in_mb=self.spec.memory_mb,
            timeout_seconds=self.spec.timeout_seconds,
            region=self.region,
        )
        with self._lock:
            return handler(dict(event), context)
