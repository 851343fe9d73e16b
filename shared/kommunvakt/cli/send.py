"""`kommunvakt send FILE.json`: sign a webhook body exactly as Meta does and post it."""

from __future__ import annotations

import argparse
import sys
import urllib.error
from pathlib import Path

from kommunvakt.domain.models import Platform
from kommunvakt.local import defaults
from kommunvakt.local.client import platform_of, post_signed, webhook_url


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Post FILE's bytes unchanged with an X-Hub-Signature-256 header, as Meta does. "
        "The secret defaults to META_APP_SECRET / INSTAGRAM_APP_SECRET, else the "
        "development default that `kommunvakt serve` uses."
    )
    parser.add_argument(
        "file", type=Path, metavar="FILE.json", help="the webhook body ('-': stdin)"
    )
    parser.add_argument(
        "--url",
        default=None,
        help="webhook URL (default: http://127.0.0.1:8000/webhooks/<platform>)",
    )
    parser.add_argument("--secret", default=None, help="app secret to sign with")
    parser.add_argument(
        "--platform",
        choices=["facebook", "instagram"],
        default=None,
        help='which webhook (default: from the body\'s "object")',
    )


def run(args: argparse.Namespace) -> int:
    try:
        body = sys.stdin.buffer.read() if str(args.file) == "-" else args.file.read_bytes()
    except OSError as exc:
        print(f"kommunvakt send: {exc}", file=sys.stderr)
        return 2
    platform = Platform(args.platform) if args.platform else platform_of(body)
    url = args.url or webhook_url(f"http://127.0.0.1:{defaults.HTTP_PORT}", platform)
    secret = args.secret if args.secret is not None else defaults.app_secret(platform)
    try:
        reply = post_signed(url, body, secret)
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        print(f"kommunvakt send: cannot reach {url}: {reason}", file=sys.stderr)
        print("Is `make serve` running?", file=sys.stderr)
        return 1
    print(reply.status)
    if reply.body:
        print(reply.body)
    return 0 if 200 <= reply.status < 300 else 1
