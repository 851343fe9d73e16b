"""What the thirty-fourth group of whole-test-set writers (a tax rise, a school lockdown, dog
parks, integration and SFI, church bells and a call to prayer, heavy freight, a party venue,
foster care; round 62) showed the rules. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jonas. I know when your shift ends at the depot. Be careful walking alone.",
        "Rektorns Saab står på skolgården varje kväll. Undrar hur länge rutorna håller.",
    ],
)
def test_routine_warnings_in_english_and_things_that_may_not_last_are_threats(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text), text


def test_wondering_how_long_a_repair_lasts_is_not(rules: Engine) -> None:
    assert not crime(rules, "Nya asfalten på Ekebyvägen, undrar hur länge den håller i vinter")


@pytest.mark.parametrize(
    "text",
    [
        "Tack för att ni tar död på ryktet! Sprid det här istället.",
        "Hörde att ni ska stänga mottagningen, är det bara skitsnack eller?",
        "Enligt protokollet är inget beslutat. Sluta skriva att kommunen redan bestämt.",
    ],
)
def test_rumours_killed_and_hearsay_doubted_are_no_rumours(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_municipal_land_after_a_comma_is_no_home(rules: Engine) -> None:
    text = "Bygget sker på Vallentuna Åby 1:40, kommunens mark enligt detaljplanen."
    assert "address" not in personal_data(rules, text)


def test_asking_people_to_stop_filming_is_no_publication(rules: Engine) -> None:
    text = "snälla sluta filma folk som är ledsna och lägga ut det"
    assert Category.MEDIA_RIGHTS not in categories(rules, text)
