"""`kommunvakt review`: administrators look at decisions and override them.

    kommunvakt review list [--since DATE]            removals, reviews and replies in a period
    kommunvakt review show RECORD                    masked text, decision, evidence, actions
    kommunvakt review restore RECORD --reason TEXT   show the comment again (sends unhide)
    kommunvakt review confirm RECORD --reason TEXT   the decision stands
    kommunvakt review block RECORD --reason TEXT     approve blocking the author (Facebook)
    kommunvakt review unblock RECORD --reason TEXT
    kommunvakt review reject-block | police | contacted RECORD --reason TEXT

RECORD is a record id (`OBJ#facebook#…|V#…`, as in e-mails and the export) or
`facebook:<comment id>` for the latest version. Every override is stored as a new record
with who (the IAM principal, or --by), when, what and why. Works against AWS with the
standard AWS environment, and against `kommunvakt serve` with --endpoint-url.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from kommunvakt.local import defaults

_OVERRIDES = {
    "restore": "restore",
    "confirm": "confirm",
    "block": "block_approved",
    "reject-block": "block_rejected",
    "unblock": "unblock",
    "police": "police_handled",
    "contacted": "contacted",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = "Look at decisions and override them (each override is a new record)."
    # Accepted after the sub-command, where people type them.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--endpoint-url", default=None, help="e.g. http://127.0.0.1:5000 (local)")
    common.add_argument("--table", default=None, help="records table (default: $TABLE_NAME)")
    common.add_argument(
        "--queue-url", default=None, help="action queue (default: $ACTION_QUEUE_URL)"
    )
    common.add_argument("--region", default=None)
    sub = parser.add_subparsers(dest="review_command", required=True, metavar="WHAT")
    listing = sub.add_parser(
        "list", parents=[common], help="decisions that removed, hid or answered something"
    )
    listing.add_argument("--since", default=None, help="YYYY-MM-DD or today (default: 24 h ago)")
    show = sub.add_parser(
        "show", parents=[common], help="one decision, its evidence, actions and overrides"
    )
    show.add_argument("record")
    for name in _OVERRIDES:
        one = sub.add_parser(name, parents=[common], help=f"override: {name}")
        one.add_argument("record")
        one.add_argument("--reason", required=True, help="why (stored with the override)")
        one.add_argument("--by", default=None, help="who (default: your AWS identity)")


def _session_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    from kommunvakt.cli.export import _is_local

    kwargs: dict[str, Any] = {
        "region_name": args.region
        or os.environ.get("AWS_REGION")
        or os.environ.get("AWS_DEFAULT_REGION")
        or defaults.REGION,
    }
    if args.endpoint_url:
        kwargs["endpoint_url"] = args.endpoint_url
        if _is_local(args.endpoint_url):
            kwargs |= {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
    return kwargs


def _identity(args: argparse.Namespace, kwargs: dict[str, Any]) -> str:
    if args.by:
        return str(args.by)
    if args.endpoint_url:
        return f"local:{getpass.getuser()}"
    import boto3

    # The IAM principal, as CloudTrail would name it.
    return str(boto3.client("sts", **kwargs).get_caller_identity()["Arn"])


def run(args: argparse.Namespace) -> int:
    import boto3

    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.app.review import OverrideError, RecordNotFoundError

    kwargs = _session_kwargs(args)
    table = args.table or os.environ.get("TABLE_NAME") or defaults.LOCAL_TABLE_NAME
    store = RecordStore(table, client=boto3.client("dynamodb", **kwargs))
    try:
        if args.review_command == "list":
            return _list(store, args)
        pk, sk = _resolve(store, args.record)
        if args.review_command == "show":
            return _show(store, pk, sk)
        return _override(store, pk, sk, args, kwargs)
    except (OverrideError, RecordNotFoundError) as exc:
        print(f"kommunvakt review: {exc}", file=sys.stderr)
        return 2
    except ClientError as exc:
        print(
            f"kommunvakt review: AWS refused: {exc.response.get('Error', {}).get('Code')}",
            file=sys.stderr,
        )
        return 1
    except BotoCoreError as exc:
        print(f"kommunvakt review: {exc}", file=sys.stderr)
        return 1


def _resolve(store: Any, ref: str) -> tuple[str, str]:
    from kommunvakt.app.review import RecordNotFoundError, split_record_id

    if ref.startswith("OBJ#"):
        return split_record_id(ref)
    platform, _, object_id = ref.partition(":")
    if platform not in ("facebook", "instagram") or not object_id:
        raise RecordNotFoundError(f"{ref!r}: use a record id or facebook:<comment id>")
    judged = [v for v in store.versions(platform, object_id) if v.event.judged]
    if not judged:
        raise RecordNotFoundError(f"no judged version of {ref}")
    latest = judged[-1]
    return latest.pk, latest.sk


def _list(store: Any, args: argparse.Namespace) -> int:
    from kommunvakt.cli.export import since_arg

    since = since_arg(args.since) if args.since else datetime.now(UTC) - timedelta(hours=24)
    shown = 0
    for line in store.iter_records(since):
        if line.get("type") != "version":
            continue
        decision = line["decision"]
        if decision["action"] == "allow" and not decision.get("reply_template"):
            continue
        print(
            f"{line['received_at'][:16]}  {decision['action']:<6}  "
            f"{','.join(decision['categories']) or '-':<24}  {line['record_id']}"
        )
        shown += 1
    print(f"{shown} decision(s)", file=sys.stderr)
    return 0


def _show(store: Any, pk: str, sk: str) -> int:
    from kommunvakt.app.notification import masked_excerpt
    from kommunvakt.app.review import OverrideService

    view = OverrideService(store, None).view(pk, sk)
    record, decision = view.record, view.record.decision
    print(f"record    {record.record_id}")
    print(f"platform  {record.event.platform.value} {record.event.kind.value} {record.event.verb}")
    print(f"link      {record.event.permalink or '-'}")
    print(f"decision  {decision.action.value}  ({decision.policy_version})")
    for finding in decision.violations:
        evidence = "; ".join(f"{e.kind or 'span'}: {e.masked}" for e in finding.evidence)
        print(f"  {finding.category.value}: {finding.clause}  {evidence}")
    excerpt = masked_excerpt(record)
    print("text      " + (excerpt if excerpt is not None else "(withheld: personal data)"))
    for item in view.results:
        data = item.data
        code = data.get("error", {}).get("code") if isinstance(data.get("error"), dict) else None
        print(
            f"action    {data.get('summary')}: {data.get('outcome')}"
            + (f" ({code})" if code else "")
        )
    for o in view.overrides:
        when = o.at.isoformat(timespec="seconds")
        print(f"override  {when} {o.kind} by {o.by} via {o.via}: {o.reason}")
    return 0


def _override(
    store: Any, pk: str, sk: str, args: argparse.Namespace, kwargs: dict[str, Any]
) -> int:
    import boto3

    from kommunvakt.adapters.sqs import QueuePublisher
    from kommunvakt.app.review import OverrideKind, OverrideService

    kind = OverrideKind(_OVERRIDES[args.review_command])
    publisher = None
    if kind in (OverrideKind.RESTORE, OverrideKind.BLOCK_APPROVED, OverrideKind.UNBLOCK):
        sqs = boto3.client("sqs", **kwargs)
        url = args.queue_url or os.environ.get("ACTION_QUEUE_URL")
        if not url:
            url = sqs.get_queue_url(QueueName=f"{defaults.STACK_NAME}-ActionQueue")["QueueUrl"]
        publisher = QueuePublisher(url, client=sqs)
    override = OverrideService(store, publisher).apply(
        pk, sk, kind, by=_identity(args, kwargs), via="cli", reason=args.reason
    )
    print(f"{override.kind} recorded for {pk}|{sk} (override {override.override_id})")
    if publisher is not None:
        print("the platform action is queued; `kommunvakt review show` shows its result")
    return 0
