"""The soak as a pytest run (see scripts/soak.py), so it gets the pipeline fixtures."""

from __future__ import annotations

import dataclasses
import json
import os

from tests.pipeline.conftest import Stack, aws_env, fake_engine, stack  # noqa: F401
from tests.pipeline.soak import run


def test_soak(stack: Stack, fake_engine: None) -> None:  # noqa: F811
    report = run(stack, int(os.environ.get("SOAK_EVENTS", "10000")))
    print("\nSOAK " + json.dumps(dataclasses.asdict(report)))
    assert report.lost == report.duplicates == report.email_duplicates == 0
    assert report.dlq_not_poison == 0
