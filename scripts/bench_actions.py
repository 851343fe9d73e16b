"""Figures for the action step (benchmarks, not tests):

1. actions per second the action service sustains against the Graph API stand-in while the
   stand-in reports a usage of `--usage` percent (default 90) — the client's own pacing;
2. DynamoDB writes per removed comment (moderate + act, dry-run and live; notify's are
   listed apart since only escalations are mailed);
3. time from the webhook to the hidden comment on the local run (`kommunvakt serve
   --live-actions`), p50/p99 over `--events` comments sent one at a time.

    .venv/bin/python scripts/bench_actions.py --actions 20 --events 100
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from bench_local import PAGE, SECRET, body, percentile  # noqa: E402
from kommunvakt.local.harness import ServerProcess, free_port  # noqa: E402


def _usage(url: str, percent: float) -> None:
    request = urllib.request.Request(
        f"{url}/_usage", data=json.dumps({"percent": percent}).encode(), method="POST"
    )
    urllib.request.urlopen(request, timeout=5).read()


def actions_per_second(count: int, usage: float) -> dict[str, Any]:
    """ActionService + GraphClient against the stand-in, ledger in (in-process) moto."""
    import boto3
    from moto import mock_aws

    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.graph import GraphClient
    from kommunvakt.app.actions import ActionService
    from kommunvakt.app.messages import ActionMessage
    from kommunvakt.domain.actions import ActionRules
    from kommunvakt.domain.models import Action, Category, Decision, Event, EventKind, Platform
    from kommunvakt.infra.template_resources import provision_from_template
    from kommunvakt.local.graph_standin import GraphStandIn
    from kommunvakt.policy.config import load_policy

    os.environ.update(
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_DEFAULT_REGION="eu-north-1",
    )
    os.environ.pop("AWS_ENDPOINT_URL", None)
    standin = GraphStandIn(0)
    standin.start()
    try:
        _usage(standin.url, usage)
        with mock_aws():
            provisioned = provision_from_template(
                REPO / "template.yaml",
                region="eu-north-1",
                parameters={"KontaktcenterAddress": "k@k.se", "SenderAddress": "s@k.se"},
            )
            store = RecordStore(
                provisioned.env["TABLE_NAME"], client=boto3.client("dynamodb", "eu-north-1")
            )
            policy = load_policy("vallentuna")
            policy = policy.model_copy(update={"actions": ActionRules(mode="live")})
            graph = GraphClient(
                token_for=lambda p: "bench",
                base_urls={p: f"{standin.url}/v21.0" for p in Platform},
            )
            service = ActionService(policy, store, graph)
            messages = []
            for n in range(count):
                event = Event(
                    platform=Platform.FACEBOOK,
                    kind=EventKind.COMMENT,
                    object_id=f"555_{n:015d}",
                    page_id=PAGE,
                    author_id=f"27{n}",
                    created_time=datetime.now(UTC),
                    text="x",
                )
                decision = Decision(
                    categories=(Category.ABUSIVE,), action=Action.REMOVE, policy_version="b/1"
                )
                put = store.put_version(
                    event,
                    f"-#add{n}",
                    decision,
                    received_at=datetime.now(UTC),
                    correlation_id="b",
                    fingerprint=None,
                    removed=True,
                )
                messages.append(
                    ActionMessage(
                        record_pk=put.record.pk, record_sk=put.record.sk, correlation_id="b"
                    )
                )
            started = time.perf_counter()
            for msg in messages:
                report = service.handle(msg)
                assert report.steps[0].outcome == "done", report
            elapsed = time.perf_counter() - started
    finally:
        standin.stop()
    return {
        "usage_percent": usage,
        "actions": count,
        "seconds": round(elapsed, 2),
        "actions_per_s": round(count / elapsed, 2),
    }


def writes_per_removed_comment() -> dict[str, Any]:
    """Moderate + act for one removed comment, counting DynamoDB write calls."""
    import boto3
    from moto import mock_aws

    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.graph import GraphClient
    from kommunvakt.app.actions import ActionService
    from kommunvakt.app.messages import ActionMessage, QueuedEvent
    from kommunvakt.app.meta import parse_body
    from kommunvakt.app.moderation import ModerationService
    from kommunvakt.domain.actions import ActionRules
    from kommunvakt.domain.models import Platform
    from kommunvakt.infra.template_resources import provision_from_template
    from kommunvakt.local.graph_standin import GraphStandIn
    from kommunvakt.policy.config import load_policy
    from kommunvakt.policy.engine import Engine

    class Capture:
        def __init__(self) -> None:
            self.bodies: list[str] = []

        def send_all(self, bodies: Sequence[str], correlation_ids: Sequence[str] = ()) -> int:
            self.bodies.extend(bodies)
            return len(bodies)

    out: dict[str, Any] = {}
    standin = GraphStandIn(0)
    standin.start()
    try:
        for mode in ("dry-run", "live"):
            with mock_aws():
                provisioned = provision_from_template(
                    REPO / "template.yaml",
                    region="eu-north-1",
                    parameters={"KontaktcenterAddress": "k@k.se", "SenderAddress": "s@k.se"},
                )
                client = boto3.client("dynamodb", "eu-north-1")
                calls: Counter[str] = Counter()

                def count(event_name: str, tally: Counter[str] = calls, **_: Any) -> None:
                    tally[event_name.rsplit(".", 1)[-1]] += 1

                client.meta.events.register("before-call.dynamodb.*", count)
                store = RecordStore(provisioned.env["TABLE_NAME"], client=client)
                policy = load_policy("vallentuna")
                policy = policy.model_copy(update={"actions": ActionRules(mode=mode)})
                actions = Capture()
                moderation = ModerationService(Engine(policy), store, Capture(), actions)
                parsed = parse_body(body(1)).events[0]
                moderation.handle(
                    QueuedEvent(
                        event=parsed.event,
                        version=parsed.version,
                        correlation_id="b",
                        received_at=datetime.now(UTC),
                    )
                )
                graph = GraphClient(
                    token_for=lambda p: "bench",
                    base_urls={p: f"{standin.url}/v21.0" for p in Platform},
                )
                service = ActionService(policy, store, graph)
                for raw in actions.bodies:
                    service.handle(ActionMessage.model_validate_json(raw))
                out[mode] = {
                    "writes": calls["PutItem"] + calls["UpdateItem"],
                    "calls": dict(calls),
                }
    finally:
        standin.stop()
    out["notify_per_escalation"] = "1 GetItem + 3 UpdateItem (docs/dynamodb.md)"
    return out


def webhook_to_hidden(events: int) -> dict[str, Any]:
    from kommunvakt.local.client import post_signed

    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(
            port=free_port(),
            aws_port=free_port(),
            outbox=Path(tmp) / "outbox",
            cwd=REPO,
            secrets={"META_APP_SECRET": SECRET},
            extra_args=("--live-actions",),
        )
        try:
            server.wait_ready()
            times = []
            for n in range(events + 1):  # the first is the cold one, not counted
                target = f"/v21.0/555_{n:015d}"
                started = time.perf_counter()
                reply = post_signed(f"{server.base_url}/webhooks/facebook", body(n), SECRET)
                assert reply.status == 200, reply
                deadline = started + 30
                while time.perf_counter() < deadline:
                    calls = json.loads(urllib.request.urlopen(f"{server.graph_url}/_calls").read())
                    if any(c["path"] == target for c in calls):
                        break
                    time.sleep(0.005)
                else:
                    raise RuntimeError(f"comment {n} not hidden within 30 s")
                if n:
                    times.append(time.perf_counter() - started)
        finally:
            server.interrupt()
    return {
        "events": events,
        "p50_ms": round(percentile(times, 50) * 1000, 1),
        "p99_ms": round(percentile(times, 99) * 1000, 1),
        "max_ms": round(max(times) * 1000, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--actions", type=int, default=20)
    parser.add_argument("--usage", type=float, default=90.0)
    parser.add_argument("--events", type=int, default=100)
    args = parser.parse_args()
    result = {
        "actions_at_usage": actions_per_second(args.actions, args.usage),
        "actions_at_low_usage": actions_per_second(args.actions, 5.0),
        "dynamodb_writes_per_removed_comment": writes_per_removed_comment(),
        "webhook_to_hidden": webhook_to_hidden(args.events),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
