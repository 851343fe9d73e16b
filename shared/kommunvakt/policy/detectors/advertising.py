"""Placeholder: the advertising detector is being written."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal


class AdvertisingDetector(Detector):
    id = "advertising"
    category = Category.ADVERTISING

    def analyze(self, ctx: Context) -> list[Signal]:
        return []
