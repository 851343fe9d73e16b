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
    # round 17: a person placed in a house told by its colour and a landmark, a filler word,
    # a house counted from a landmark, and a street number told by a part of one's home
    "Säg det till han i gröna huset mitt emot pizzerian i Brottby.",
    "Åsa i femman är bäst! Hon bor ju i det stora vita huset vid badplatsen i Angarn",
    "Kom och plocka äpplen, andra huset efter bron i Frösunda, det med blå dörr",
    "lämna dina säckar vid vår grind på Ekbacksvägen 9 så tar jag dem på fredag",
    "Lämna böckerna i lådan på min veranda, Ormstavägen 61B, när som helst.",
    "ger bort fyra sommardäck, hämta uppgång B Bällstavägen 40 🙏",
    "Nilssons på Ekbacksvägen 17 är i Kroatien hela juli så vi tar in deras post.",
    "Please send it to me: Daniel Okafor, c/o Nilsson, Hagavägen 21, 18632 Vallentuna.",
]

NO_HOME = [
    "Vi bor i ett hus på landet och har ingen buss alls.",
    "Presidenten bor i Vita huset, inte i Vallentuna 😄",
    "Huset är byggt på 1800-talet och ska renoveras i vår.",
    "Biblioteket ligger i det gula huset vid torget, välkomna!",
    "Vi samlas i det röda huset vid kyrkan för kyrkkaffe efter gudstjänsten",
    "Andra huset efter rondellen har fått nytt tak, snyggt jobbat",
    "Gropen utanför Storgatan 5 är livsfarlig för cyklister",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_home_described_so_it_can_be_found_is_confidential(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL in rules.decide(make_event(text)).categories


@pytest.mark.parametrize("text", NO_HOME)
def test_a_house_that_is_no_ones_home_is_not(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL not in rules.decide(make_event(text)).categories
