"""`kommunvakt demo`: replay sample webhooks against a running `kommunvakt serve`."""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from kommunvakt.domain.models import Platform
from kommunvakt.local import defaults
from kommunvakt.local.client import platform_of, post_signed, webhook_url

SAMPLES = Path(__file__).resolve().parents[1] / "local" / "samples"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Post, signed as Meta signs them, the webhooks under ./events (Meta bodies, or the "
        "HTTP API test events that carry one) and then the samples shipped with kommunvakt, "
        "each folder in file-name order."
    )
    parser.add_argument(
        "--url",
        default=f"http://127.0.0.1:{defaults.HTTP_PORT}",
        help="the server (default: http://127.0.0.1:8000)",
    )
    parser.add_argument(
        "--events", type=Path, default=None, help="replay only the webhooks under this folder"
    )


@dataclass(frozen=True)
class Replay:
    name: str
    body: bytes
    platform: Platform


def _is_notification(data: Any) -> bool:
    return isinstance(data, dict) and "object" in data and isinstance(data.get("entry"), list)


def _from_http_event(event: dict[str, Any]) -> tuple[bytes, Platform] | None:
    """The Meta body inside an HTTP API test event (`sam local invoke -e …`), if any."""
    method = (event.get("requestContext") or {}).get("http", {}).get("method")
    if method != "POST" or not isinstance(event.get("body"), str):
        return None
    try:
        raw = (
            base64.b64decode(event["body"], validate=True)
            if event.get("isBase64Encoded")
            else event["body"].encode("utf-8")
        )
        if not _is_notification(json.loads(raw)):
            return None
    except (binascii.Error, ValueError):
        return None
    path = str(event.get("rawPath", ""))
    platform = Platform.INSTAGRAM if path.endswith("/instagram") else platform_of(raw)
    return raw, platform


def webhooks(folder: Path) -> list[Replay]:
    """Every webhook under `folder`; other files (SQS test events, notes) are skipped."""
    found = []
    for path in sorted(folder.rglob("*.json")):
        try:
            raw = path.read_bytes()
            data = json.loads(raw)
        except (OSError, ValueError):
            continue
        if _is_notification(data):
            found.append(Replay(path.name, raw, platform_of(raw)))
        elif isinstance(data, dict) and (inner := _from_http_event(data)) is not None:
            found.append(Replay(path.name, *inner))
    return found


def _handshake(base: str) -> bool:
    token = defaults.secret("META_VERIFY_TOKEN")[0]
    query = urlencode(
        {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": token}
    )
    label = "handshake (GET /webhooks/facebook)"
    try:
        with urllib.request.urlopen(f"{base}/webhooks/facebook?{query}", timeout=10) as response:
            print(f"{label}: {response.status} {response.read().decode()}")
    except urllib.error.HTTPError as exc:
        print(f"{label}: {exc.code}")
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        print(f"kommunvakt demo: cannot reach {base}: {reason}", file=sys.stderr)
        print("Start the server first: make serve", file=sys.stderr)
        return False
    return True


def run(args: argparse.Namespace) -> int:
    if args.events is not None:
        folders = [args.events]
    else:
        folders = [f for f in (Path("events"), SAMPLES) if f.is_dir()]
    batches = [(folder, webhooks(folder)) for folder in folders]
    if not any(replays for _, replays in batches):
        print(f"kommunvakt demo: no webhooks under {', '.join(map(str, folders))}", file=sys.stderr)
        return 2
    base = args.url.rstrip("/")
    if not _handshake(base):
        return 1
    failures = 0
    for folder, replays in batches:
        if not replays:
            continue
        print(f"{folder}:")
        for replay in replays:
            secret = defaults.app_secret(replay.platform)
            reply = post_signed(webhook_url(base, replay.platform), replay.body, secret)
            failures += not 200 <= reply.status < 300
            print(f"  {replay.name}: {reply.status} {reply.body.strip()}")
    print("Decisions appear in the server's log; escalation e-mails in its outbox.")
    return 1 if failures else 0
