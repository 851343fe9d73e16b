"""Personärenden: one person's own matter with the municipality, or a specific neighbour's."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Attachment, Category
from tests.policy._discourse import covered, decide

PC = Category.PERSONAL_CASE


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Min pappa har fått avslag på sin ansökan om hemtjänst, vad gör vi nu?", "fått avslag"),
        ("Vi har sökt bostadsanpassning för vår son i mars och väntar fortfarande.", "har sökt"),
        (
            "Jag fick en faktura på 4 000 kr för förskolan fast vi sagt upp platsen. Ring mig!",
            "fick en faktura",
        ),
        (
            "Nu har det gått tre månader, ärende BUN 2024/88, och fortfarande inget svar.",
            "ärende BUN 2024/88",
        ),
        ("Handläggaren har inte återkommit om mitt ärende sedan juni.", "mitt ärende"),
        ("vi har fatt avslag pa bygglovet for var carport", "fatt avslag"),
    ],
)
def test_own_matter_fires_with_evidence(text: str, needle: str) -> None:
    d = decide(text)
    assert PC in d.categories
    assert covered(d, text, PC, needle)
    assert d.reply_template == "personal_case"


def test_neighbour_report_fires() -> None:
    text = "Grannen bygger en carport utan bygglov, jag har anmält det men inget händer."
    d = decide(text)
    assert PC in d.categories
    assert covered(d, text, PC, "Grannen")
    assert covered(d, text, PC, "utan bygglov")


def test_neighbour_with_photo_fires() -> None:
    text = "Här eldar grannen sopor på tomten igen."
    d = decide(text, attachments=(Attachment(type="photo", url="https://x/y.jpg"),))
    assert PC in d.categories


def test_damage_claim_fires() -> None:
    text = "Sopbilen körde sönder vår grind i morse, vem ersätter det?"
    d = decide(text)
    assert PC in d.categories
    assert covered(d, text, PC, "körde sönder vår grind")


@pytest.mark.parametrize(
    "text",
    [
        "Hur söker man bygglov för en altan?",
        "När börjar skolan efter sommarlovet?",
        "Min mamma jobbar i hemtjänsten och trivs jättebra.",
        "Bra att ni satsar på fler förskoleplatser!",
        "Ordernummer 441122 kom fram direkt, tack!",
        "Grannarna grillade hela sommaren, skönt att det är över.",
        "Vi har inte sett någon plogbil på hela dagen, när kommer den?",
    ],
)
def test_general_questions_and_opinions_do_not_fire(text: str) -> None:
    assert PC not in decide(text).categories
