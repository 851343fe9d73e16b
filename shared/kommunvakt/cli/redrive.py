"""`kommunvakt redrive`: move dead-lettered messages back to their queues and queue again
the escalations still not e-mailed, against the local stand-in or real AWS."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from kommunvakt.app.redrive import MAX_REDRIVES, RedriveReport, requeue_stuck_escalations
from kommunvakt.cli.export import client_for
from kommunvakt.local import defaults


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Move every message in the three dead-letter queues (moderation, e-mail, actions) "
        "back to the queue it came from "
        f"(a message already moved {MAX_REDRIVES} times stays, for a person to read), and "
        "queue again each escalation still not e-mailed --older-than minutes after its "
        "record was stored. Safe to repeat: a version is judged once, an escalation mailed once."
    )
    parser.add_argument("--endpoint-url", default=None, help="e.g. http://127.0.0.1:5000 (local)")
    parser.add_argument("--region", default=None, help="AWS region (default: from the env)")
    parser.add_argument(
        "--stack",
        default=defaults.STACK_NAME,
        help="prefix of the queue and table names (default: %(default)s)",
    )
    parser.add_argument("--older-than", type=int, default=30, metavar="MIN")
    parser.add_argument("--no-dlq", action="store_true", help="only the pending escalations")
    parser.add_argument("--no-escalations", action="store_true", help="only the DLQs")


def _queue_url(sqs: Any, env: str, name: str) -> str:
    return os.environ.get(env) or str(sqs.get_queue_url(QueueName=name)["QueueUrl"])


def run(args: argparse.Namespace) -> int:
    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.sqs import DeadLetterQueue, QueuePublisher

    sqs = client_for("sqs", args.endpoint_url, args.region)
    stack = args.stack
    report = RedriveReport()
    requeued = 0
    try:
        moderation = _queue_url(sqs, "MODERATION_QUEUE_URL", f"{stack}-ModerationQueue")
        email = _queue_url(sqs, "EMAIL_QUEUE_URL", f"{stack}-EmailQueue")
        if not args.no_dlq:
            action = _queue_url(sqs, "ACTION_QUEUE_URL", f"{stack}-ActionQueue")
            for dlq_env, dlq_name, source in (
                ("MODERATION_DLQ_URL", f"{stack}-ModerationDLQ", moderation),
                ("EMAIL_DLQ_URL", f"{stack}-EmailDLQ", email),
                ("ACTION_DLQ_URL", f"{stack}-ActionDLQ", action),
            ):
                dlq = DeadLetterQueue(_queue_url(sqs, dlq_env, dlq_name), source, client=sqs)
                moved = dlq.move_back(MAX_REDRIVES)
                report.moved += moved.moved
                report.kept += moved.kept
        if not args.no_escalations:
            table = os.environ.get("TABLE_NAME") or f"{stack}-RecordsTable"
            store = RecordStore(
                table, client=client_for("dynamodb", args.endpoint_url, args.region)
            )
            requeued = requeue_stuck_escalations(
                store,
                QueuePublisher(email, client=sqs),
                now=datetime.now(UTC),
                older_than=timedelta(minutes=args.older_than),
            )
    except ClientError as exc:
        print(
            f"kommunvakt redrive: AWS refused: {exc.response.get('Error', {}).get('Code', '')}",
            file=sys.stderr,
        )
        return 1
    except BotoCoreError as exc:
        print(f"kommunvakt redrive: {exc}", file=sys.stderr)
        return 1
    print(
        f"{report.moved} message(s) moved back, {report.kept} left in a DLQ "
        f"(moved {MAX_REDRIVES} times already), {requeued} record(s) "
        "with unsent e-mail queued again"
    )
    return 0
