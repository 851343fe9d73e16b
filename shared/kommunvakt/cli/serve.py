"""`kommunvakt serve`: the whole pipeline on 127.0.0.1, no AWS account and no Docker."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kommunvakt.adapters.outbox_mail import parse_host_port
from kommunvakt.local import defaults
from kommunvakt.local.runtime import (
    LocalService,
    ServeError,
    ServeOptions,
    configure_logging,
    default_template,
    stop_on_signals,
    wait_for_signal,
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Run the webhook, the queues, moderation and e-mail locally. moto stands in for "
        "DynamoDB and SQS; e-mails are written to the outbox as .eml files."
    )
    parser.add_argument("--port", type=int, default=defaults.HTTP_PORT, help="HTTP port (8000)")
    parser.add_argument(
        "--aws-port", type=int, default=defaults.AWS_PORT, help="port of the AWS stand-in (5000)"
    )
    parser.add_argument(
        "--graph-port",
        type=int,
        default=defaults.GRAPH_PORT,
        help=f"port of the Graph API stand-in ({defaults.GRAPH_PORT})",
    )
    parser.add_argument(
        "--live-actions",
        action="store_true",
        help="send hide/reply/… to the Graph API stand-in (default: dry-run, only recorded)",
    )
    parser.add_argument(
        "--outbox", type=Path, default=Path(defaults.OUTBOX), help="where e-mails go (./outbox)"
    )
    parser.add_argument(
        "--smtp", metavar="HOST:PORT", default=None, help="also send each e-mail to this server"
    )
    parser.add_argument(
        "--template", type=Path, default=None, help="SAM template (default: ./template.yaml)"
    )
    parser.add_argument(
        "--retry-delay",
        type=int,
        default=1,
        metavar="SECONDS",
        help="delay before a failed queue message is retried (AWS: the visibility timeout)",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(defaults.DATA_DIR),
        help="where records and queued messages are kept across restarts (./kommunvakt-data)",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="start empty (what --data holds is replaced on stop)"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also show the functions' own logs"
    )


def run(args: argparse.Namespace) -> int:
    if args.smtp:
        try:
            parse_host_port(args.smtp)
        except ValueError as exc:
            print(f"kommunvakt serve: {exc}", file=sys.stderr)
            return 2
    configure_logging(args.verbose)
    options = ServeOptions(
        template=args.template or default_template(),
        port=args.port,
        aws_port=args.aws_port,
        graph_port=args.graph_port,
        live_actions=args.live_actions,
        outbox=args.outbox,
        smtp=args.smtp,
        policy=getattr(args, "policy", None),
        retry_delay=max(0, args.retry_delay),
        verbose=args.verbose,
        data=args.data,
        fresh=args.fresh,
    )
    service = LocalService(options)
    with stop_on_signals() as stop:
        try:
            service.start()
        except ServeError as exc:
            service.stop()
            print(f"kommunvakt serve: {exc}", file=sys.stderr)
            return 1
        print(service.banner(), flush=True)
        wait_for_signal(service, stop)
    return 0
