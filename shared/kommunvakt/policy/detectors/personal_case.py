"""Placeholder: the personal_case detector is being written."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal


class PersonalCaseDetector(Detector):
    id = "personal_case"
    category = Category.PERSONAL_CASE

    def analyze(self, ctx: Context) -> list[Signal]:
        return []
