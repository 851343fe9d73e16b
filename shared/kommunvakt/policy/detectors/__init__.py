"""The one place where detectors are registered. Order does not matter for the result."""

from __future__ import annotations

from kommunvakt.policy.detectors.abusive import AbusiveDetector
from kommunvakt.policy.detectors.advertising import AdvertisingDetector
from kommunvakt.policy.detectors.base import Detector
from kommunvakt.policy.detectors.confidential import ConfidentialDetector
from kommunvakt.policy.detectors.crime import CrimeDetector
from kommunvakt.policy.detectors.irrelevant import IrrelevantDetector
from kommunvakt.policy.detectors.media_rights import MediaRightsDetector
from kommunvakt.policy.detectors.personal_case import PersonalCaseDetector
from kommunvakt.policy.detectors.political import PoliticalDetector
from kommunvakt.policy.detectors.rumor import RumorDetector
from kommunvakt.policy.detectors.spam import SpamDetector

REGISTRY: tuple[type[Detector], ...] = (
    ConfidentialDetector,
    AbusiveDetector,
    CrimeDetector,
    PersonalCaseDetector,
    RumorDetector,
    PoliticalDetector,
    AdvertisingDetector,
    SpamDetector,
    IrrelevantDetector,
    MediaRightsDetector,
)


def default_detectors() -> list[Detector]:
    return [cls() for cls in REGISTRY]
