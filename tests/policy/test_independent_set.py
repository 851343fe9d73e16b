"""A second, independent measure: labelled sentences written for this project (not from the
dev corpus, not used to write the rules), including hard ordinary comments. It estimates how
the layer does on text it was not tuned on, and guards against rules that over-fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from kommunvakt.policy.corpus import parse_line
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.evaluation import Report
from kommunvakt.policy.replay import Replayer

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def report() -> Report:
    replayer = Replayer(Engine.load())
    report = Report()
    for name in ("own_cases.jsonl", "own_ok_cases.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            item = parse_line(line)
            assert item.labels is not None
            report.add(item.id, item.labels, frozenset(replayer.judge(item.event).categories))
    return report


def test_independent_set_macro_f1(report: Report) -> None:
    assert report.macro_f1 >= 0.90, report.errors


def test_independent_set_does_not_flag_ordinary_residents(report: Report) -> None:
    assert report.ok_items >= 40
    assert report.false_alarm_rate <= 0.03, [e for e in report.errors if not e[1]]
