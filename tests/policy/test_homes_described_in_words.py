"""A home can be given away without a street number: "bor i det gröna huset med
vagnshjulet", "det är huset efter Ica", "lägenheten ovanför pizzerian". A house that is
no particular one ("vi bor i ett hus på landet") or the White House is not an address."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

DESCRIBED = [
    "Hemtjänsten hittar aldrig till pappa. Det är huset efter Ica i Brottby, det gula.",
    "Det är till Elsa, hon bor i det gröna huset med vagnshjulet på Hagby gårdsväg.",
    "Mormor bor i lägenheten ovanför pizzerian vid Tuna torg, andra våningen.",
    "For the driver: grandpa's house is the last one on the left on Okvista byväg.",
]

NO_HOME = [
    "Vi bor i ett hus på landet och har ingen buss alls.",
    "Presidenten bor i Vita huset, inte i Vallentuna 😄",
    "Huset är byggt på 1800-talet och ska renoveras i vår.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_home_described_so_it_can_be_found_is_confidential(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL in rules.decide(make_event(text)).categories


@pytest.mark.parametrize("text", NO_HOME)
def test_a_house_that_is_no_ones_home_is_not(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL not in rules.decide(make_event(text)).categories
