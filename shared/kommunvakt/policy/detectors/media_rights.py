"""Placeholder: the media_rights detector is being written."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal


class MediaRightsDetector(Detector):
    id = "media_rights"
    category = Category.MEDIA_RIGHTS

    def analyze(self, ctx: Context) -> list[Signal]:
        return []
