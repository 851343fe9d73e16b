"""Scores that matter for the policy layer (../shared/corpus/README.md)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kommunvakt.domain.models import Category


@dataclass
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_category: dict[Category, CategoryScore] = field(
        default_factory=lambda: {c: CategoryScore() for c in Category}
    )
    binary: CategoryScore = field(default_factory=CategoryScore)
    ok_items: int = 0
    false_alarms: int = 0
    items: int = 0
    errors: list[tuple[str, frozenset[Category], frozenset[Category]]] = field(default_factory=list)

    def add(self, item_id: str, gold: frozenset[Category], pred: frozenset[Category]) -> None:
        self.items += 1
        for c in Category:
            s = self.per_category[c]
            if c in pred and c in gold:
                s.tp += 1
            elif c in pred:
                s.fp += 1
            elif c in gold:
                s.fn += 1
        if gold and pred:
            self.binary.tp += 1
        elif pred:
            self.binary.fp += 1
        elif gold:
            self.binary.fn += 1
        if not gold:
            self.ok_items += 1
            self.false_alarms += bool(pred)
        if gold != pred:
            self.errors.append((item_id, gold, pred))

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.per_category.values()) / len(self.per_category)

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.ok_items if self.ok_items else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "items": self.items,
            "macro_f1": round(self.macro_f1, 4),
            "binary": _score_dict(self.binary),
            "false_alarms": {
                "ok_items": self.ok_items,
                "flagged": self.false_alarms,
                "rate": round(self.false_alarm_rate, 4),
            },
            "categories": {c.value: _score_dict(s) for c, s in self.per_category.items()},
        }


def _score_dict(s: CategoryScore) -> dict[str, float | int]:
    return {
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
    }


def evaluate(pairs: Iterable[tuple[str, frozenset[Category], frozenset[Category]]]) -> Report:
    report = Report()
    for item_id, gold, pred in pairs:
        report.add(item_id, gold, pred)
    return report
