"""Placeholder: the confidential detector is being written."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal


class ConfidentialDetector(Detector):
    id = "confidential"
    category = Category.CONFIDENTIAL

    def analyze(self, ctx: Context) -> list[Signal]:
        return []
