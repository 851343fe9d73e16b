"""Placeholder: the rumor detector is being written."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal


class RumorDetector(Detector):
    id = "rumor"
    category = Category.RUMOR

    def analyze(self, ctx: Context) -> list[Signal]:
        return []
