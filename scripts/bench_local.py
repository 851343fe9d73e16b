"""End-to-end latency of `kommunvakt serve`: signed POST -> stored record -> e-mail in outbox.

Starts the local service on free ports, sends one warm-up comment, then N comments that each
escalate (a threat: police_report), one at a time, and measures for each the time from
sending the webhook until its record is readable in the table and its e-mail is in the
outbox. Prints p50/p95/p99/max; `--json` for machines.

    .venv/bin/python scripts/bench_local.py --events 100
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import boto3

from kommunvakt.adapters.dynamodb import RecordStore
from kommunvakt.adapters.outbox_mail import OutboxMailer
from kommunvakt.local.client import encode_like_meta, post_signed
from kommunvakt.local.defaults import KONTAKTCENTER_ADDRESS, LOCAL_TABLE_NAME
from kommunvakt.local.harness import ServerProcess, free_port

REPO = Path(__file__).resolve().parents[1]
SECRET = "bench-secret"
PAGE = "104857600077777"
TEXT = "Jag ska döda dig om ni inte plogar vår gata"


def body(n: int) -> bytes:
    created = 1741200000 + n
    value = {
        "from": {"id": f"27{n:014d}", "name": f"Bänk Person {n}"},
        "message": TEXT,
        "post_id": f"{PAGE}_555",
        "comment_id": f"555_{n:015d}",
        "created_time": created,
        "item": "comment",
        "parent_id": f"{PAGE}_555",
        "verb": "add",
    }
    entry = {"id": PAGE, "time": created, "changes": [{"value": value, "field": "feed"}]}
    return encode_like_meta({"entry": [entry], "object": "page"})


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def one(server: ServerProcess, store: RecordStore, mailer: OutboxMailer, n: int) -> dict[str, Any]:
    object_id = f"555_{n:015d}"
    started = time.perf_counter()
    reply = post_signed(f"{server.base_url}/webhooks/facebook", body(n), SECRET)
    acked = time.perf_counter() - started
    if reply.status != 200:
        raise RuntimeError(f"event {n}: HTTP {reply.status} {reply.body}")
    recorded = mailed = None
    deadline = started + 30
    while time.perf_counter() < deadline:
        records = store.versions("facebook", object_id)
        if records and recorded is None:
            recorded = time.perf_counter() - started
        if records:
            record = records[0]
            if not record.decision.escalations:
                raise RuntimeError(f"event {n}: no escalation ({record.decision.action.value})")
            path = mailer.path_for(record.mail_id(KONTAKTCENTER_ADDRESS))
            if path.exists():
                mailed = time.perf_counter() - started
                break
        time.sleep(0.005)
    if recorded is None or mailed is None:
        raise RuntimeError(f"event {n}: not recorded and mailed within 30 s")
    return {"acked": acked, "recorded": recorded, "mailed": mailed}


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 50) * 1000, 1),
        "p95_ms": round(percentile(values, 95) * 1000, 1),
        "p99_ms": round(percentile(values, 99) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
        "mean_ms": round(statistics.fmean(values) * 1000, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        outbox = Path(tmp) / "outbox"
        server = ServerProcess(
            port=free_port(),
            aws_port=free_port(),
            outbox=outbox,
            cwd=REPO,
            secrets={"META_APP_SECRET": SECRET},
        )
        try:
            t0 = time.perf_counter()
            server.wait_ready()
            startup = time.perf_counter() - t0
            client = boto3.client(
                "dynamodb",
                endpoint_url=server.aws_endpoint,
                region_name="eu-north-1",
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )
            store = RecordStore(LOCAL_TABLE_NAME, client=client)
            mailer = OutboxMailer(outbox)
            cold = one(server, store, mailer, 0)
            runs = [one(server, store, mailer, n) for n in range(1, args.events + 1)]
        finally:
            server.interrupt()
    result = {
        "events": args.events,
        "startup_s": round(startup, 2),
        "cold_first_event_ms": round(cold["mailed"] * 1000, 1),
        "http_ack": summary([r["acked"] for r in runs]),
        "record_visible": summary([r["recorded"] for r in runs]),
        "record_and_email": summary([r["mailed"] for r in runs]),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"kommunvakt serve: started in {result['startup_s']} s")
    print(f"first (cold) event: record and e-mail after {result['cold_first_event_ms']} ms")
    print(f"{args.events} events, one at a time:")
    for name in ("http_ack", "record_visible", "record_and_email"):
        s = result[name]
        assert isinstance(s, dict)
        print(
            f"  {name:<17} p50 {s['p50_ms']:>7} ms  p95 {s['p95_ms']:>7} ms  "
            f"p99 {s['p99_ms']:>7} ms  max {s['max_ms']:>7} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
