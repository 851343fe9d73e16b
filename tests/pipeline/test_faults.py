"""Fault injection: throttled DynamoDB, an SES outage, partly refused SendMessageBatch,
Lambda timeouts mid-batch and poison messages; nothing is lost or doubled."""

from __future__ import annotations

import pytest

import webhook
from tests.pipeline.conftest import Stack
from tests.pipeline.soak import POISON, run


def test_small_soak_under_faults_stores_and_mails_each_exactly_once(
    stack: Stack, fake_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhook, "publisher", webhook.publisher)  # soak.install replaces it
    report = run(stack, 60, chunk=12)
    assert report.faults["throttled"] > 0 and report.faults["ses"] > 0
    assert report.faults["batch_refused"] > 0 and report.faults["timeouts"] > 0
    assert report.stored == 60 and report.lost == 0 and report.duplicates == 0
    assert report.emailed == report.escalations == 6
    assert report.email_duplicates == 0
    assert report.dlq_not_poison == 0
    assert report.dlq_poison == len(POISON)
