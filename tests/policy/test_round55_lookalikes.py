"""What the twenty-seventh group of whole-test-set writers (a traffic death, gamers, a mosque
and a church's parking, small landlords, night-shift workers, boat owners, chronic illness,
citizens' dialogues; round 55) showed the rules. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "nästa gång crossarna kör i motionsspåret spänner vi en vajer tvärs över spåret",
        "Skicka 300 kr så publicerar jag inte filmen på dig från festen, Elin.",
    ],
)
def test_a_line_across_a_path_and_an_extortion_are_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi spände en lina mellan björkarna och hängde tvätten där hela sommaren",
        "Betala 200 kr så skickar jag boken till dig, tack för att du köper",
    ],
)
def test_a_washing_line_and_a_sale_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi hyr ut två rum till studenter och har aldrig haft problem, bra initiativ.",
        "Kommer brandskyddskontrollen även till oss som hyr ut en stuga på tomten?",
    ],
)
def test_saying_one_rents_out_is_no_private_trade(rules: Engine, text: str) -> None:
    assert Category.IRRELEVANT not in categories(rules, text), text


def test_an_offer_to_rent_out_with_a_price_stays_a_trade(rules: Engine) -> None:
    text = "Hyr ut en liten etta i Ekeby från mars, 5 500 kr i månaden, skicka pm!"
    assert categories(rules, text) & {Category.IRRELEVANT, Category.ADVERTISING}
