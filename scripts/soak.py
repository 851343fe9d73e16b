"""Soak: N events (default 10,000) through webhook → moderate → notify on moto, under 30 %
DynamoDB throttling, an SES outage over the middle fifth, partly refused SendMessageBatch,
Lambda timeouts mid-batch and poison messages (tests/pipeline/soak.py). Prints the figures.

Run: make soak   (or: .venv/bin/python scripts/soak.py --events 2000)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "functions"), str(ROOT)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    import pytest

    # The soak reuses the pipeline fixtures (moto stack, fake detectors): run it as a test.
    code = pytest.main(
        [str(ROOT / "scripts" / "_soak_test.py"), "-q", "-s", "-p", "no:cacheprovider"],
        plugins=[_Events(args.events)],
    )
    return int(code)


class _Events:
    def __init__(self, n: int) -> None:
        self.n = n

    def pytest_configure(self, config: object) -> None:
        import os

        os.environ["SOAK_EVENTS"] = str(self.n)


if __name__ == "__main__":
    sys.exit(main())
