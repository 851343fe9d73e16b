"""What the twenty-sixth group of whole-test-set writers (the swimming hall, safety at night,
culture-war trolls, Ukrainian refugees, village gossip, digital services, holidays, deaf
residents; round 54) showed the rules. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


@pytest.mark.parametrize(
    "text",
    [
        "Han som skriver som 'Trädkramaren' heter Olle Berg, 850412-3336. Googla vad ni hittar.",
        "Ni har 48 timmar på er att ta bort beslutet, annars läcker jag mejlen från nämnden.",
    ],
)
def test_an_identity_number_to_look_up_and_an_extortion_are_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sök i katalogen och kolla vad ni hittar om föreningen, 08-587 850 00 till biblioteket.",
        "Jag läser igenom protokollet först, sen sprider jag det till styrelsen.",
    ],
)
def test_looking_things_up_and_passing_minutes_on_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_the_tax_agencys_example_number_is_nobodys(rules: Engine) -> None:
    assert "personnummer" not in personal_data(rules, "Formuläret visar 19121212-1212 som exempel.")


@pytest.mark.parametrize(
    "text",
    [
        "Vad kostar det för att hyra Karbyhallen en lördag?",
        "Vi funderar på att hyra ut vår gäststuga till en familj, vem ska man prata med?",
    ],
)
def test_asking_about_renting_is_no_private_trade(rules: Engine, text: str) -> None:
    assert Category.IRRELEVANT not in categories(rules, text), text


def test_a_photo_credited_to_oneself_is_ones_own(engine: Engine) -> None:
    photo = ({"type": "photo", "url": "https://example.invalid/p.jpg"},)
    text = "Trasig lampa vid gångtunneln, ingen ser något där. Foto: jag"
    assert Category.MEDIA_RIGHTS not in categories(engine, text, attachments=photo)
