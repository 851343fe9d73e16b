"""Measure the webhook: cold import (fresh process, with and without .pyc) and warm ack
latency (p50/p99) of a signed Swedish sample, on moto.

Run: .venv/bin/python scripts/bench_webhook.py
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "pipeline" / "samples" / "facebook_comment_edited.json"


def cold_import(runs: int, pyc: bool) -> list[float]:
    """Milliseconds for `import webhook` in a fresh interpreter (interpreter start excluded)."""
    code = (
        "import time,sys;t=time.perf_counter();import webhook;"
        "sys.stdout.write(str((time.perf_counter()-t)*1000))"
    )
    out = []
    for _ in range(runs):
        env = dict(os.environ, PYTHONPATH=f"{ROOT / 'functions'}:{ROOT / 'shared'}")
        if pyc:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            prefix = None
        else:
            # A fresh, empty bytecode cache: every module is compiled from source.
            prefix = tempfile.mkdtemp(prefix="pyc-")
            env["PYTHONPYCACHEPREFIX"] = prefix
        res = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        out.append(float(res.stdout))
        if prefix:
            shutil.rmtree(prefix, ignore_errors=True)
    return out


def warm_ack(n: int) -> list[float]:
    from moto import mock_aws

    os.environ.update(
        AWS_ACCESS_KEY_ID="x",
        AWS_SECRET_ACCESS_KEY="x",
        AWS_DEFAULT_REGION="eu-north-1",
        SECRETS_SOURCE="env",
        META_APP_SECRET="norrsjo-test-app-secret",
        META_VERIFY_TOKEN="bench",
        POWERTOOLS_LOG_LEVEL="WARNING",
    )
    sys.path[:0] = [str(ROOT / "functions"), str(ROOT)]
    with mock_aws():
        from kommunvakt.infra.template_resources import provision_from_template

        env = provision_from_template(ROOT / "template.yaml").env
        os.environ["MODERATION_QUEUE_URL"] = env["MODERATION_QUEUE_URL"]
        from tests.pipeline.conftest import FakeContext, http_event

        import webhook

        body = SAMPLE.read_bytes()
        sig = "sha256=" + hmac.new(b"norrsjo-test-app-secret", body, hashlib.sha256).hexdigest()
        event = http_event(
            "POST", "/webhooks/facebook", body=body, headers={"X-Hub-Signature-256": sig}
        )
        ctx = FakeContext()
        webhook.lambda_handler(event, ctx)  # first call builds the clients
        times = []
        devnull = open(os.devnull, "w")  # noqa: SIM115 - EMF/log lines would swamp the timing
        real = sys.stdout
        sys.stdout = devnull
        try:
            for _ in range(n):
                t = time.perf_counter()
                r = webhook.lambda_handler(event, ctx)
                times.append((time.perf_counter() - t) * 1000)
                assert r["statusCode"] == 200
        finally:
            sys.stdout = real
            devnull.close()
        return times


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cold-runs", type=int, default=7)
    ap.add_argument("--warm", type=int, default=500)
    args = ap.parse_args()
    cold_import(1, pyc=True)  # populate __pycache__
    with_pyc = cold_import(args.cold_runs, pyc=True)
    without = cold_import(args.cold_runs, pyc=False)
    print(f"cold import webhook, .pyc present : median {statistics.median(with_pyc):.0f} ms")
    print(f"cold import webhook, no .pyc      : median {statistics.median(without):.0f} ms")
    warm = warm_ack(args.warm)
    print(
        f"warm ack (moto SQS, {len(warm)} calls): p50 {_pct(warm, 50):.2f} ms, "
        f"p99 {_pct(warm, 99):.2f} ms"
    )


if __name__ == "__main__":
    main()
