"""The acceptance floors of the policy layer, measured on the labelled dev corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.corpus import parse_line
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.evaluation import Report
from kommunvakt.policy.replay import Replayer

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "dev.jsonl"


@pytest.fixture(scope="module")
def report() -> Report:
    if not CORPUS.is_file():
        pytest.skip(f"the labelled corpus is not beside the repository ({CORPUS})")
    replayer = Replayer(Engine.load())
    report = Report()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        item = parse_line(line)
        assert item.labels is not None
        report.add(item.id, item.labels, frozenset(replayer.judge(item.event).categories))
    return report


def test_macro_f1_floor(report: Report) -> None:
    assert report.macro_f1 >= 0.90


def test_escalation_recall_floors(report: Report) -> None:
    assert report.per_category[Category.CONFIDENTIAL].recall >= 0.97
    assert report.per_category[Category.CRIME].recall >= 0.95


def test_false_alarms_on_ordinary_residents(report: Report) -> None:
    assert report.false_alarm_rate <= 0.03
