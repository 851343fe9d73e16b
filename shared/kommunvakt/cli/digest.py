"""`kommunvakt digest`: build and send the daily digest now (what the scheduled function
does each morning), e.g. against the local run to see it in the outbox."""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from kommunvakt.local import defaults


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Send the digest of the last 24 hours. With --endpoint-url (the local run) it is "
        "written to the outbox; otherwise it goes through SES like the scheduled function."
    )
    parser.add_argument("--endpoint-url", default=None, help="e.g. http://127.0.0.1:5000")
    parser.add_argument("--table", default=None)
    parser.add_argument("--outbox", type=Path, default=Path(defaults.OUTBOX))
    parser.add_argument(
        "--review-url", default=None, help="review page base URL (local: http://127.0.0.1:8000)"
    )
    parser.add_argument("--region", default=None)


def run(args: argparse.Namespace) -> int:
    import boto3

    from kommunvakt.adapters.dynamodb import RecordStore
    from kommunvakt.adapters.mail import SesMailer
    from kommunvakt.adapters.outbox_mail import OutboxMailer
    from kommunvakt.app.digest import run_digest
    from kommunvakt.app.notify import review_link
    from kommunvakt.app.ports import Mailer
    from kommunvakt.cli.review import _session_kwargs
    from kommunvakt.domain.models import Platform
    from kommunvakt.policy.config import load_policy

    kwargs = _session_kwargs(args)
    table = args.table or os.environ.get("TABLE_NAME") or defaults.LOCAL_TABLE_NAME
    store = RecordStore(table, client=boto3.client("dynamodb", **kwargs))
    policy = load_policy(getattr(args, "policy", None))
    local = bool(args.endpoint_url)
    sender = os.environ.get("SENDER_ADDRESS") or defaults.SENDER_ADDRESS
    recipients = tuple(
        a.strip()
        for a in (os.environ.get("KONTAKTCENTER_ADDRESS") or defaults.KONTAKTCENTER_ADDRESS).split(
            ","
        )
        if a.strip()
    )
    mailer: Mailer = OutboxMailer(args.outbox) if local else SesMailer()
    now = datetime.now(UTC)
    key = os.environ.get("REVIEW_SIGNING_KEY") or defaults.DEV_SECRETS["REVIEW_SIGNING_KEY"]

    def strikes(platform: str, author_id: str, at: datetime) -> int:
        since = at - timedelta(days=policy.blocking.window_days)
        recent = store.author_recent(Platform(platform), author_id, since)
        return sum(1 for p in recent if p.removed and p.created_time <= at)

    @cache
    def link(record_id: str) -> str | None:
        if not args.review_url:
            return None
        return review_link(
            args.review_url, key.encode(), record_id, ",".join(recipients), now + timedelta(days=3)
        )

    sent = run_digest(
        store.iter_records,
        strikes,
        mailer,
        sender=sender,
        recipients=recipients,
        now=now,
        review_link=link,
    )
    if sent is None:
        print("nothing removed, hidden or failed in the last 24 hours: no digest sent")
    elif local:
        print(f"digest written to {args.outbox.resolve()}")
    else:
        print(f"digest sent ({sent})")
    return 0
