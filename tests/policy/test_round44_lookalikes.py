"""What the sixteenth group of whole-test-set writers (one-word comments, long comments,
parents of children with special needs, tenants, shop owners, conspiracy readers, the
neighbourhood watch, Instagram photo threads; round 44) showed the rules: look-alikes."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Snälla, sprid inte bilder på folk här. Det är polisens sak.",
        "Tänk på att fråga föräldrarna innan ni lägger upp bilder på barnen från luciatåget.",
        "Vi fotade de platser som kändes mest otrygga: tunneln, parkeringen och stigen.",
    ],
)
def test_asking_not_to_post_or_places_photographed_is_no_ones_media(
    rules: Engine, text: str
) -> None:
    assert Category.MEDIA_RIGHTS not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jag fotade dom när de stod och rökte vid skolan",
        "Filmade de som klottrade i tunneln, här är klippet",
    ],
)
def test_people_photographed_stay_media(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det är Leila Ahmadi på Ormstavägen 9 B som har två katter fast kontraktet förbjuder djur.",
        "Golfen står utanför Vinkelvägen 9 i Gustavslund, det är där ägaren bor.",
    ],
)
def test_a_named_person_at_a_street_number_is_their_home(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Köpte medicinen på Apoteket Hjärtat på Storgatan 5, de var jättetrevliga",
        "Träffa Anna Svensson på Tuna torg 3 i receptionen",
        "Potthålet utanför Vinkelvägen 9, där det bor många barn, måste lagas",
    ],
)
def test_a_shop_a_workplace_or_a_street_with_families_is_no_home(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kvinnan i lägenheten bredvid oss har schizofreni och skriker halva nätterna",
        "Mannen på andra våningen har cancer",
    ],
)
def test_a_neighbour_told_by_where_they_live_is_someones_health(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL in categories(rules, text), text


def test_a_man_in_a_house_with_a_right_to_build_discloses_nothing(rules: Engine) -> None:
    assert Category.CONFIDENTIAL not in categories(rules, "Mannen i huset har ju rätt att bygga")


@pytest.mark.parametrize(
    "text",
    [
        "Skäms du inte ditt pucko?",
        "Föreläsaren var en nedlåtande kossa.",
        "Ordföranden är en girig gris som aldrig gjort ett ärligt dagsverke.",
    ],
)
def test_an_insult_after_a_question_or_an_adjective_stays_one(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    ["du är inte ett pucko", "hon var en härlig tjej", "det är en fantastisk grej"],
)
def test_a_denied_insult_or_praise_is_none(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "hörde att de ställer in luciatåget nästa år pga att nån klagade 🙄 typiskt",
        "min kusin sa att kårsta skola läggs ner nästa år typ 100% säkert",
    ],
)
def test_a_change_told_in_the_present_on_hearsay_is_a_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Fick höra av en chaufför att 634 kanske dras in efter sommaren. Vet kommunen något?",
        "Någon sa i kön att 670 ska dras in på kvällarna. Har ni hört något om det från SL?",
    ],
)
def test_hearsay_put_to_the_municipality_as_a_question_is_none(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text
