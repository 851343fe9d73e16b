"""What a detector is and what it reports (modelled on Presidio's recognizers).

A detector owns one phenomenon of one policy category, has a stable id, and returns scored
signals whose spans are offsets into the original text. It never decides the action: the
engine applies the policy (thresholds, suppression, actions, escalations).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str | None = None
    """What the span is (`personnummer`, `phone`, `insult`, `threat`...)."""
    sensitive: bool = False
    """Personal data: the evidence shows it masked."""


@dataclass(frozen=True, slots=True)
class Signal:
    detector: str
    category: Category
    score: float
    spans: tuple[Span, ...] = ()


class Detector(ABC):
    id: ClassVar[str]
    category: ClassVar[Category]

    @abstractmethod
    def analyze(self, ctx: Context) -> list[Signal]: ...

    def clears(self, ctx: Context) -> bool:
        """Whether the text carries this detector's proof of a harmless reading: an insult
        negated or denied, a rumour asked about or sourced, a picture whose text names nobody.
        The engine then drops a finding of the model alone in this category: the model weighs
        words ("idiot", "bilden", "bekräftat") and cannot see what the rule proved."""
        return False

    def unquoted(self, ctx: Context) -> Context | None:
        """The item without the words it only quotes to object to them ("den som skrev ’…’
        borde anmälas"), for the model to read again; None when there are none. A finding of
        the model alone in this category stands only if it holds without them."""
        return None

    def follows(self, ctx: Context, found: set[Category]) -> list[Signal]:
        """Findings that follow from what the other detectors and the model found (`found`):
        read once everything else has judged the item, so a rule can rest on the model's
        reading of another category. Most detectors have none."""
        return []

    def signal(self, score: float, spans: tuple[Span, ...] | list[Span] = ()) -> Signal:
        return Signal(self.id, self.category, max(0.0, min(1.0, score)), tuple(spans))
