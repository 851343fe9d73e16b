"""What the forty-second group of whole-test-set writers (a windfarm at sea, vegetarian school
food, paid parking at the station, a bell tower, a manager's expenses, street lights switched
off, an e-sports room, an allotment association; round 70) showed the rules. Every sentence
here is written for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


def test_driving_a_car_to_pieces_is_a_threat(rules: Engine) -> None:
    assert crime(rules, "Vi ska köra sönder hans bil i kväll, han vet varför.")
    assert not crime(rules, "Någon har kört sönder bommen vid infarten igen, kan ni laga den?")


def test_a_rumour_put_to_the_authority_is_no_rumour(rules: Engine) -> None:
    text = "Ryktet går att bron ska stängas i ett år. Vad säger Trafikverket?"
    assert Category.RUMOR not in categories(rules, text)


def test_church_land_said_to_be_no_home(rules: Engine) -> None:
    text = "Prästgården står på Markim-Kyrkbyn 1:4, det är kyrkomark och ingen privatbostad."
    assert Category.CONFIDENTIAL not in categories(rules, text)


def test_a_black_car_park_is_no_group(rules: Engine) -> None:
    text = "Jag dör lite varje natt när jag går förbi den svarta parkeringen, tänd lamporna!"
    assert Category.CRIME not in categories(rules, text)
    assert Category.CRIME in categories(rules, "döda alla svarta")
